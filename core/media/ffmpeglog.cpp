// SPDX-License-Identifier: GPL-3.0-or-later
#include "ffmpeglog.h"

#include <QByteArray>

#include <cstdarg>

extern "C" {
#include <libavutil/log.h>
}

namespace Spill {

Q_LOGGING_CATEGORY(lcFfmpeg, "spill.ffmpeg", QtWarningMsg)

namespace {

void logLine(void *object, int level, const char *format, va_list arguments)
{
    if (level > av_log_get_level() || !lcFfmpeg().isDebugEnabled())
        return;
    char line[1024];
    int printPrefix = 1;
    av_log_format_line2(object, level, format, arguments, line, int(sizeof line), &printPrefix);
    qCDebug(lcFfmpeg, "%s", QByteArray(line).trimmed().constData());
}

} // namespace

void quietFfmpeg()
{
    av_log_set_callback(&logLine);
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));
}

} // namespace Spill
