// SPDX-License-Identifier: GPL-3.0-or-later
// The byte checks Spill still does by hand: format sniffing and the JPEG
// completeness check.
#include "media/mediaformats.h"
#include "media/photodecode.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *suffix : {"jpg", "mp4", "mov", "webm"}) {
        const auto format = Spill::sniffFormat(bytes, QString::fromLatin1(suffix));
        if (format && format->suffix.isEmpty())
            std::abort();
        if (format && format->kind == Spill::MediaKind::Photo && format->readerFormat.isEmpty())
            std::abort();
    }
    const bool complete = Spill::jpegIsComplete(bytes);
    if (complete && !bytes.startsWith("\xFF\xD8"))
        std::abort();
    return 0;
}
