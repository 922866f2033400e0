// SPDX-License-Identifier: GPL-3.0-or-later
// Clip containers through libavformat on arbitrary bytes.
#include "media/containerprobe.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Spill::ContainerInfo info = Spill::probeContainerBytes(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (info.durationMs < 0 || info.width < 0 || info.height < 0)
        std::abort();
    if (info.ok() && !info.format.contains(u"mov") && !info.format.contains(u"matroska"))
        std::abort(); // only the allowed demuxers
    return 0;
}
