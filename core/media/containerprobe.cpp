// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerprobe.h"

#include "story/mediaorigin.h"

#include <QCoreApplication>
#include <QFile>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct ContainerProbeText
{
    Q_DECLARE_TR_FUNCTIONS(ContainerProbe)
};

// The demuxers Spill accepts, matched against AVInputFormat::name.
constexpr const char *AllowedFormats = "mov,matroska";
constexpr int IoBufferBytes = 32 * 1024;

QString averror(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

void quietLibav()
{
    static std::once_flag once;
    // Its messages would reach the terminal unprefixed; failures are
    // reported through ContainerInfo::error instead.
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

struct ContextDeleter
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};
using Context = std::unique_ptr<AVFormatContext, ContextDeleter>;

qint64 toMs(int64_t value, AVRational base)
{
    if (value == AV_NOPTS_VALUE || value <= 0 || base.num <= 0 || base.den <= 0)
        return 0;
    const int64_t ms = av_rescale_q(value, base, AVRational {1, 1000});
    return ms > 0 && ms < int64_t(1e12) ? qint64(ms) : 0;
}

QString metadataText(const AVDictionary *metadata, const char *key)
{
    const AVDictionaryEntry *entry = av_dict_get(metadata, key, nullptr, 0);
    return entry && entry->value ? originName(QString::fromUtf8(entry->value)) : QString();
}

// Phones write their clock's local time with its offset
// (com.apple.quicktime.creationdate); cameras write creation_time in UTC.
QDateTime recordedAt(const AVDictionary *metadata)
{
    QDateTime time;
    const QString local = metadataText(metadata, "com.apple.quicktime.creationdate");
    if (!local.isEmpty()) {
        // The wall-clock part is what the phone showed.
        time = QDateTime::fromString(local.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    if (!time.isValid()) {
        const QString utc = metadataText(metadata, "creation_time");
        QDateTime parsed =
            QDateTime::fromString(utc.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (parsed.isValid()) {
            parsed.setTimeSpec(Qt::UTC);
            time = parsed.toLocalTime();
            time.setTimeSpec(Qt::LocalTime);
        }
    }
    // A camera whose clock was never set writes 1904 or 1970.
    return time.isValid() && time.date().year() >= 1990 ? time : QDateTime();
}

void readStreams(AVFormatContext *context, ContainerInfo &info)
{
    info.format = QString::fromUtf8(context->iformat->name);
    const int index = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const AVStream *video = index >= 0 ? context->streams[index] : nullptr;
    if (video && video->codecpar->width > 0 && video->codecpar->height > 0) {
        info.width = video->codecpar->width;
        info.height = video->codecpar->height;
    }
    info.captured = recordedAt(context->metadata);
    const QString make = metadataText(context->metadata, "com.apple.quicktime.make");
    const QString model = metadataText(context->metadata, "com.apple.quicktime.model");
    info.camera = cameraName(make, model);
    info.durationMs = toMs(context->duration, AVRational {1, AV_TIME_BASE});
    if (info.durationMs == 0 && video)
        info.durationMs = toMs(video->duration, video->time_base);
}

// Opens with `context` already set up (custom I/O or not) for `url`.
ContainerInfo open(AVFormatContext *raw, const char *url)
{
    ContainerInfo info;
    AVDictionary *options = nullptr;
    av_dict_set(&options, "format_whitelist", AllowedFormats, 0);
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    const int opened = avformat_open_input(&raw, url, nullptr, &options);
    av_dict_free(&options);
    if (opened < 0) { // raw was freed
        info.error =
            ContainerProbeText::tr("it is not an MP4, MOV or WebM video (%1)").arg(averror(opened));
        return info;
    }
    const Context context(raw);
    // Only what the headers declare: avformat_find_stream_info() would
    // decode frames, and a few hundred crafted bytes can make that take
    // seconds and hundreds of megabytes.
    readStreams(context.get(), info);
    return info;
}

struct Memory
{
    QByteArrayView bytes;
    qsizetype at = 0;
};

int readMemory(void *opaque, uint8_t *buffer, int size)
{
    auto *memory = static_cast<Memory *>(opaque);
    const qsizetype count = std::min<qsizetype>(size, memory->bytes.size() - memory->at);
    if (count <= 0)
        return AVERROR_EOF;
    std::memcpy(buffer, memory->bytes.data() + memory->at, size_t(count));
    memory->at += count;
    return int(count);
}

int64_t seekMemory(void *opaque, int64_t offset, int whence)
{
    auto *memory = static_cast<Memory *>(opaque);
    const int64_t size = memory->bytes.size();
    int64_t target = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size;
    case SEEK_SET:
        target = offset;
        break;
    case SEEK_CUR:
        target = memory->at + offset;
        break;
    case SEEK_END:
        target = size + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (target < 0 || target > size)
        return AVERROR(EINVAL);
    memory->at = qsizetype(target);
    return target;
}

} // namespace

ContainerInfo probeContainer(const QString &path)
{
    quietLibav();
    AVFormatContext *context = avformat_alloc_context();
    if (!context) {
        ContainerInfo info;
        info.error = ContainerProbeText::tr("out of memory");
        return info;
    }
    const QByteArray url = "file:" + QFile::encodeName(path);
    return open(context, url.constData());
}

ContainerInfo probeContainerBytes(QByteArrayView bytes)
{
    quietLibav();
    Memory memory {bytes};
    auto *buffer = static_cast<uint8_t *>(av_malloc(IoBufferBytes));
    AVIOContext *io = buffer
        ? avio_alloc_context(buffer, IoBufferBytes, 0, &memory, readMemory, nullptr, seekMemory)
        : nullptr;
    AVFormatContext *context = io ? avformat_alloc_context() : nullptr;
    ContainerInfo info;
    if (!context) {
        info.error = ContainerProbeText::tr("out of memory");
    } else {
        context->pb = io;
        context->flags |= AVFMT_FLAG_CUSTOM_IO;
        info = open(context, "");
    }
    if (io)
        av_freep(&io->buffer);
    else
        av_free(buffer);
    avio_context_free(&io);
    return info;
}

} // namespace Spill
