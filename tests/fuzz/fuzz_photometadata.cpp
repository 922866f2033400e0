// SPDX-License-Identifier: GPL-3.0-or-later
// EXIF and XMP through exiv2 on arbitrary photo files.
#include "media/photometadata.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Spill::PhotoMetadata metadata = Spill::readPhotoMetadata(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (metadata.orientation < 1 || metadata.orientation > 8)
        std::abort();
    return 0;
}
