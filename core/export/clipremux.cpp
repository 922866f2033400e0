// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipremux.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QIODevice>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

#include <cerrno>
#include <memory>
#include <mutex>
#include <unistd.h>
#include <vector>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct ClipRemuxText
{
    Q_DECLARE_TR_FUNCTIONS(ClipRemux)
};

// The demuxers a clip may come through, as when it was probed on import.
constexpr const char *AllowedFormats = "mov,matroska";
constexpr int IoBufferBytes = 256 * 1024;
// Returned by the write callback when the output would pass its cap.
constexpr int TooLargeCode = AVERROR(EFBIG);

QString averror(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

void quietLibav()
{
    static std::once_flag once;
    // Failures are reported through ClipRemux::error, not on the terminal.
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

struct InputDeleter
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};

// Where the muxer writes: straight to the file's descriptor when the device
// is a file (so a full disk is reported in the errno's words, which Qt's
// buffered path can lose), else through the device (a QBuffer).
struct Output
{
    QIODevice *device = nullptr;
    int fd = -1;
    qint64 pos = 0;
    qint64 maxBytes = 0;
    qint64 size = 0; // the furthest byte written
    bool tooLarge = false;
    QString writeError; // the first failure only: a later seek's errno is no reason
};

// Keeps the first failure's reason: what follows it is no reason.
void noteWriteError(Output *output, const QString &reason)
{
    if (output->writeError.isEmpty())
        output->writeError = reason;
}

int writeOutput(void *opaque, uint8_t *buffer, int size)
{
    auto *output = static_cast<Output *>(opaque);
    const qint64 end = output->pos + size;
    if (output->maxBytes > 0 && end > output->maxBytes) {
        output->tooLarge = true;
        return TooLargeCode;
    }
    if (output->fd >= 0) {
        int done = 0;
        while (done < size) {
            const ssize_t written = ::write(output->fd, buffer + done, size_t(size - done));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0) {
                noteWriteError(output, qt_error_string(written < 0 ? errno : EIO));
                return AVERROR(EIO);
            }
            done += int(written);
        }
    } else if (output->device->write(reinterpret_cast<const char *>(buffer), size) != size) {
        noteWriteError(output, output->device->errorString());
        return AVERROR(EIO);
    }
    output->pos = end;
    output->size = std::max(output->size, end);
    return size;
}

int64_t seekOutput(void *opaque, int64_t offset, int whence)
{
    auto *output = static_cast<Output *>(opaque);
    if (whence == AVSEEK_SIZE)
        return output->size;
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += output->pos;
    else if (whence == SEEK_END)
        target += output->size;
    else if (whence != SEEK_SET)
        return AVERROR(EINVAL);
    if (target < 0)
        return AVERROR(EINVAL);
    const bool moved = output->fd >= 0 ? ::lseek(output->fd, target, SEEK_SET) == target
                                       : output->device->seek(target);
    if (!moved) {
        noteWriteError(output,
                       output->fd >= 0 ? qt_error_string(errno) : output->device->errorString());
        return AVERROR(EIO);
    }
    output->pos = target;
    return target;
}

struct OutputDeleter
{
    void operator()(AVFormatContext *context) const
    {
        if (context->pb) {
            av_freep(&context->pb->buffer);
            avio_context_free(&context->pb);
        }
        avformat_free_context(context);
    }
};

// What travels of a stream: its codec parameters, timing, disposition and
// the display matrix (a phone clip's orientation). Its metadata stays behind.
bool copyStream(const AVStream *in, AVFormatContext *out, const AVOutputFormat *format)
{
    AVStream *stream = avformat_new_stream(out, nullptr);
    if (!stream || avcodec_parameters_copy(stream->codecpar, in->codecpar) < 0)
        return false;
    // A tag the new container does not know for this codec would be written
    // wrong; without one the muxer picks its own ("hvc1" stays "hvc1").
    unsigned int known = 0;
    const unsigned int tag = in->codecpar->codec_tag;
    if (tag != 0 && format->codec_tag &&
        av_codec_get_id(format->codec_tag, tag) != in->codecpar->codec_id &&
        av_codec_get_tag2(format->codec_tag, in->codecpar->codec_id, &known))
        stream->codecpar->codec_tag = 0;
    stream->time_base = in->time_base;
    stream->avg_frame_rate = in->avg_frame_rate;
    stream->r_frame_rate = in->r_frame_rate;
    stream->sample_aspect_ratio = in->sample_aspect_ratio;
    stream->disposition = in->disposition;
    size_t size = 0;
    if (const uint8_t *matrix = av_stream_get_side_data(in, AV_PKT_DATA_DISPLAYMATRIX, &size)) {
        uint8_t *copy = av_stream_new_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, size);
        if (!copy)
            return false;
        memcpy(copy, matrix, size);
    }
    return true;
}

bool carried(const AVStream *stream)
{
    const AVMediaType type = stream->codecpar->codec_type;
    return type == AVMEDIA_TYPE_VIDEO || type == AVMEDIA_TYPE_AUDIO ||
        type == AVMEDIA_TYPE_SUBTITLE;
}

} // namespace

ClipRemux remuxClip(const QString &sourcePath, const QString &suffix, QIODevice &out,
                    qint64 maxBytes)
{
    quietLibav();
    ClipRemux result;
    const auto fail = [&](const QString &why) {
        result.error = ClipRemuxText::tr("Cannot remux the clip %1: %2").arg(sourcePath, why);
        return result;
    };

    AVFormatContext *rawInput = nullptr;
    AVDictionary *options = nullptr;
    av_dict_set(&options, "format_whitelist", AllowedFormats, 0);
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    const int opened = avformat_open_input(&rawInput, QFile::encodeName(sourcePath).constData(),
                                           nullptr, &options);
    av_dict_free(&options);
    if (opened < 0)
        return fail(
            ClipRemuxText::tr("it is not an MP4, MOV or WebM video (%1)").arg(averror(opened)));
    const std::unique_ptr<AVFormatContext, InputDeleter> input(rawInput);

    // The headers are enough for H.264, HEVC, VP8/9, AV1, AAC and Opus. For
    // the few codecs whose header leaves the picture size or the sound's
    // layout to the first packets (MPEG-4 Part 2), a muxer would refuse the
    // stream, so only then are those packets looked at.
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVCodecParameters *codec = input->streams[i]->codecpar;
        const bool incomplete = (codec->codec_type == AVMEDIA_TYPE_VIDEO &&
                                 (codec->width <= 0 || codec->height <= 0)) ||
            (codec->codec_type == AVMEDIA_TYPE_AUDIO && codec->sample_rate <= 0);
        if (incomplete) {
            if (const int code = avformat_find_stream_info(input.get(), nullptr); code < 0)
                return fail(
                    ClipRemuxText::tr("its streams cannot be read (%1)").arg(averror(code)));
            break;
        }
    }

    const QByteArray guessName = "clip." + suffix.toLatin1();
    const AVOutputFormat *format = av_guess_format(nullptr, guessName.constData(), nullptr);
    if (!format)
        return fail(ClipRemuxText::tr("Spill cannot write .%1 clips").arg(suffix));
    AVFormatContext *rawOutput = nullptr;
    if (avformat_alloc_output_context2(&rawOutput, format, nullptr, nullptr) < 0 || !rawOutput)
        return fail(averror(AVERROR(ENOMEM)));
    const std::unique_ptr<AVFormatContext, OutputDeleter> output(rawOutput);
    // No encoder name, no muxing date: the same clip gives the same bytes.
    output->flags |= AVFMT_FLAG_BITEXACT;

    std::vector<int> mapping(input->nb_streams, -1);
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        if (!carried(input->streams[i]))
            continue;
        if (!copyStream(input->streams[i], output.get(), format))
            return fail(averror(AVERROR(ENOMEM)));
        mapping[i] = int(output->nb_streams) - 1;
    }
    if (output->nb_streams == 0)
        return fail(ClipRemuxText::tr("it holds no audio or video"));

    Output sink;
    sink.device = &out;
    if (auto *file = qobject_cast<QFileDevice *>(&out); file && file->handle() >= 0) {
        // Nothing may sit in Qt's buffer ahead of what goes to the descriptor.
        file->flush();
        sink.fd = file->handle();
        sink.pos = ::lseek(sink.fd, 0, SEEK_CUR);
        if (sink.pos < 0) {
            result.writeError = qt_error_string(errno);
            return fail(result.writeError);
        }
    } else {
        sink.pos = out.pos();
    }
    sink.size = sink.pos;
    sink.maxBytes = maxBytes;
    auto *buffer = static_cast<unsigned char *>(av_malloc(IoBufferBytes));
    if (!buffer)
        return fail(averror(AVERROR(ENOMEM)));
    output->pb = avio_alloc_context(buffer, IoBufferBytes, 1, &sink, nullptr, writeOutput,
                                    out.isSequential() ? nullptr : seekOutput);
    if (!output->pb) {
        av_free(buffer);
        return fail(averror(AVERROR(ENOMEM)));
    }
    const auto failed = [&](int code) {
        if (sink.tooLarge) {
            result.tooLarge = true;
            return result;
        }
        if (sink.writeError.isEmpty())
            return fail(averror(code));
        result.writeError = sink.writeError;
        return fail(sink.writeError);
    };

    if (const int code = avformat_write_header(output.get(), nullptr); code < 0)
        return failed(code);
    AVPacket *packet = av_packet_alloc();
    if (!packet)
        return fail(averror(AVERROR(ENOMEM)));
    const std::unique_ptr<AVPacket, void (*)(AVPacket *)> packetOwner(
        packet, [](AVPacket *p) { av_packet_free(&p); });
    int code = 0;
    while ((code = av_read_frame(input.get(), packet)) >= 0) {
        // A stream that turns up only after the header was not mapped: it goes.
        const int target =
            packet->stream_index >= 0 && size_t(packet->stream_index) < mapping.size()
            ? mapping[size_t(packet->stream_index)]
            : -1;
        if (target < 0) {
            av_packet_unref(packet);
            continue;
        }
        av_packet_rescale_ts(packet, input->streams[packet->stream_index]->time_base,
                             output->streams[target]->time_base);
        packet->stream_index = target;
        packet->pos = -1;
        code = av_interleaved_write_frame(output.get(), packet); // takes the packet's data
        if (code < 0)
            return failed(code);
    }
    if (code != AVERROR_EOF)
        return fail(ClipRemuxText::tr("it cannot be read to the end (%1)").arg(averror(code)));
    if (const int trailer = av_write_trailer(output.get()); trailer < 0)
        return failed(trailer);
    avio_flush(output->pb);
    if (output->pb->error < 0)
        return failed(output->pb->error);
    result.bytes = sink.size;
    return result;
}

} // namespace Spill
