// SPDX-License-Identifier: GPL-3.0-or-later
#include "photometadataloader.h"

#include "files/spillmodule.h"
#include "photometadatamodule.h"

#include <QCoreApplication>

#include <mutex>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct PhotoMetadataModuleText
{
    Q_DECLARE_TR_FUNCTIONS(PhotoMetadataModule)
};

struct Loaded
{
    QString error;
    SpillReadPhotoMetadata read = nullptr;
};

Loaded loadOnce()
{
    Loaded state;
    const SpillModule::Resolved resolved =
        SpillModule::resolve(PhotoMetadataModule::candidatePaths(), SPILL_READ_PHOTO_METADATA);
    state.read = reinterpret_cast<SpillReadPhotoMetadata>(resolved.function);
    if (!state.read)
        state.error =
            PhotoMetadataModuleText::tr("the photo metadata module could not be loaded: %1")
                .arg(resolved.problems);
    return state;
}

const Loaded &loaded()
{
    static const Loaded state = loadOnce(); // thread-safe initialisation
    return state;
}

} // namespace

namespace PhotoMetadataModule {

QStringList candidatePaths()
{
    return SpillModule::candidatePaths("SPILL_METADATA_MODULE",
                                       QStringLiteral(SPILL_METADATA_MODULE_NAME),
                                       QStringLiteral(SPILL_METADATA_MODULE_INSTALLED));
}

bool load(QString *error)
{
    const Loaded &state = loaded();
    if (!state.read && error)
        *error = state.error;
    return state.read != nullptr;
}

} // namespace PhotoMetadataModule

std::optional<PhotoMetadata> readPhotoMetadataFromModule(QByteArrayView file, QString *error)
{
    const Loaded &state = loaded();
    if (!state.read) {
        if (error)
            *error = state.error;
        return std::nullopt;
    }
    PhotoMetadata metadata;
    state.read(file.data(), file.size(), &metadata);
    return metadata;
}

} // namespace Spill
