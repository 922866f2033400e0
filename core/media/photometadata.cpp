// SPDX-License-Identifier: GPL-3.0-or-later
#include "photometadata.h"

#include <exiv2/exiv2.hpp>
#include <mutex>
#include <string>

namespace Spill {

namespace {

// exiv2 0.27 keeps global state (its XMP toolkit, its message level):
// initialise it once and read one file at a time.
std::mutex &exiv2Mutex()
{
    static std::mutex mutex;
    return mutex;
}

void initialiseExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Its warnings would reach the terminal without Spill's prefix; a
        // file it cannot read only means "no metadata" here.
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
}

int validOrientation(long value)
{
    return value >= 1 && value <= 8 ? int(value) : 0;
}

// "YYYY:MM:DD HH:MM:SS" (EXIF) or ISO 8601 as XMP writes it, time zone
// dropped: the capture time is the local time the camera showed.
QDateTime parseTime(const std::string &text)
{
    const QString value = QString::fromStdString(text).trimmed();
    QDateTime time = QDateTime::fromString(value.left(19), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(value.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(value.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
    return time.isValid() ? time : QDateTime();
}

template<typename Data, typename Key> const Exiv2::Value *find(const Data &data, const char *name)
{
    const auto it = data.findKey(Key(name));
    if (it == data.end() || it->count() < 1)
        return nullptr;
    return &it->value();
}

PhotoMetadata read(QByteArrayView file)
{
    PhotoMetadata result;
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(file.data()),
                                           long(file.size()));
    if (!image.get())
        return result;
    image->readMetadata();
    const Exiv2::ExifData &exif = image->exifData();
    const Exiv2::XmpData &xmp = image->xmpData();
    using Exif = Exiv2::ExifKey;
    using Xmp = Exiv2::XmpKey;

    int orientation = 0;
    if (const auto *v = find<Exiv2::ExifData, Exif>(exif, "Exif.Image.Orientation");
        v && v->typeId() == Exiv2::unsignedShort)
        orientation = validOrientation(v->toLong());
    if (!orientation) {
        if (const auto *v = find<Exiv2::XmpData, Xmp>(xmp, "Xmp.tiff.Orientation"))
            orientation = validOrientation(v->toLong());
    }
    result.orientation = orientation ? orientation : 1;

    for (const char *key : {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTimeOriginal"}) {
        if (const auto *v = find<Exiv2::ExifData, Exif>(exif, key);
            v && !result.captureTime.isValid())
            result.captureTime = parseTime(v->toString());
    }
    for (const char *key :
         {"Xmp.exif.DateTimeOriginal", "Xmp.photoshop.DateCreated", "Xmp.xmp.CreateDate"}) {
        if (result.captureTime.isValid())
            break;
        if (const auto *v = find<Exiv2::XmpData, Xmp>(xmp, key))
            result.captureTime = parseTime(v->toString());
    }
    return result;
}

} // namespace

PhotoMetadata readPhotoMetadata(QByteArrayView file)
{
    if (file.isEmpty())
        return {};
    initialiseExiv2();
    const std::lock_guard lock(exiv2Mutex());
    try {
        return read(file);
    } catch (...) { // Exiv2::AnyError, std::bad_alloc on absurd sizes, ...
        return {};
    }
}

} // namespace Spill
