// SPDX-License-Identifier: GPL-3.0-or-later
#include "photometadata.h"

#include "story/mediaorigin.h"

#include <cmath>
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

template<typename Data, typename Key> QString findName(const Data &data, const char *name)
{
    const auto *value = find<Data, Key>(data, name);
    return value ? originName(QString::fromStdString(value->toString())) : QString();
}

bool isTrue(const Exiv2::Value *value)
{
    return value &&
        QString::fromStdString(value->toString()).compare(u"true", Qt::CaseInsensitive) == 0;
}

bool isNonZero(const Exiv2::Value *value)
{
    if (!value)
        return false;
    bool ok = false;
    const double number = QString::fromStdString(value->toString()).toDouble(&ok);
    return ok && std::isfinite(number) && std::abs(number) > 1e-6;
}

// Camera Raw's settings (Lightroom, Adobe Camera Raw, and the tools that
// write the same keys): what was changed, by what they say.
QStringList cameraRawEdits(const Exiv2::XmpData &xmp)
{
    using Xmp = Exiv2::XmpKey;
    QStringList edits;
    if (isTrue(find<Exiv2::XmpData, Xmp>(xmp, "Xmp.crs.HasCrop")))
        edits << QStringLiteral("crop");
    bool light = false;
    for (const char *key : {"Xmp.crs.Exposure2012", "Xmp.crs.Contrast2012",
                            "Xmp.crs.Highlights2012", "Xmp.crs.Shadows2012", "Xmp.crs.Whites2012",
                            "Xmp.crs.Blacks2012", "Xmp.crs.Clarity2012", "Xmp.crs.Dehaze"})
        light = light || isNonZero(find<Exiv2::XmpData, Xmp>(xmp, key));
    if (light)
        edits << QStringLiteral("light");
    bool colour = isTrue(find<Exiv2::XmpData, Xmp>(xmp, "Xmp.crs.ConvertToGrayscale"));
    for (const char *key : {"Xmp.crs.Saturation", "Xmp.crs.Vibrance",
                            "Xmp.crs.IncrementalTemperature", "Xmp.crs.IncrementalTint"})
        colour = colour || isNonZero(find<Exiv2::XmpData, Xmp>(xmp, key));
    if (const auto *balance = find<Exiv2::XmpData, Xmp>(xmp, "Xmp.crs.WhiteBalance")) {
        const QString value = QString::fromStdString(balance->toString());
        colour = colour || (value != u"As Shot" && value != u"Auto");
    }
    for (const Exiv2::Xmpdatum &datum : xmp) {
        if (colour)
            break;
        const std::string &key = datum.key();
        const bool mixer = key.rfind("Xmp.crs.HueAdjustment", 0) == 0 ||
            key.rfind("Xmp.crs.SaturationAdjustment", 0) == 0 ||
            key.rfind("Xmp.crs.LuminanceAdjustment", 0) == 0;
        colour = mixer && datum.count() > 0 && isNonZero(&datum.value());
    }
    if (colour)
        edits << QStringLiteral("colour");
    return edits;
}

// xmpMM:History, as Photoshop and others keep it: any event that changed
// the picture after it was made (a "saved" that only touched metadata is
// not one). The last event's software is what last wrote it.
bool historyShowsEdit(const Exiv2::XmpData &xmp, QString *lastAgent)
{
    using Xmp = Exiv2::XmpKey;
    bool edited = false;
    for (int index = 1; index <= 1000; ++index) {
        const std::string item = "Xmp.xmpMM.History[" + std::to_string(index) + "]/stEvt:";
        const auto *action = find<Exiv2::XmpData, Xmp>(xmp, (item + "action").c_str());
        if (!action)
            break;
        const QString verb = QString::fromStdString(action->toString()).toLower();
        const auto *changed = find<Exiv2::XmpData, Xmp>(xmp, (item + "changed").c_str());
        const bool onlyMetadata =
            changed && QString::fromStdString(changed->toString()).trimmed() == u"/metadata";
        if (verb != u"created" && !onlyMetadata)
            edited = true;
        if (const QString agent =
                findName<Exiv2::XmpData, Xmp>(xmp, (item + "softwareAgent").c_str());
            !agent.isEmpty())
            *lastAgent = agent;
    }
    return edited;
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

    QString make = findName<Exiv2::ExifData, Exif>(exif, "Exif.Image.Make");
    QString model = findName<Exiv2::ExifData, Exif>(exif, "Exif.Image.Model");
    if (make.isEmpty() && model.isEmpty()) {
        make = findName<Exiv2::XmpData, Xmp>(xmp, "Xmp.tiff.Make");
        model = findName<Exiv2::XmpData, Xmp>(xmp, "Xmp.tiff.Model");
    }
    result.camera = cameraName(make, model);

    if (const auto *v = find<Exiv2::ExifData, Exif>(exif, "Exif.Image.DateTime"))
        result.modifyTime = parseTime(v->toString());
    if (!result.modifyTime.isValid()) {
        if (const auto *v = find<Exiv2::XmpData, Xmp>(xmp, "Xmp.xmp.ModifyDate"))
            result.modifyTime = parseTime(v->toString());
    }

    QString lastAgent;
    result.historyEdited = historyShowsEdit(xmp, &lastAgent);
    result.software = findName<Exiv2::ExifData, Exif>(exif, "Exif.Image.Software");
    if (result.software.isEmpty())
        result.software = findName<Exiv2::XmpData, Xmp>(xmp, "Xmp.xmp.CreatorTool");
    if (!lastAgent.isEmpty())
        result.software = lastAgent;
    result.edits = cameraRawEdits(xmp);
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
