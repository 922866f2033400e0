// SPDX-License-Identifier: GPL-3.0-or-later
#include "photometadataloader.h"

#include "photometadatamodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <mutex>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct Text
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
    QStringList problems;
    for (const QString &path : PhotoMetadataModule::candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            problems.append(Text::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QLibrary library(path);
        // Never unloaded: exiv2 keeps global state.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            problems.append(library.errorString());
            continue;
        }
        state.read =
            reinterpret_cast<SpillReadPhotoMetadata>(library.resolve(SPILL_READ_PHOTO_METADATA));
        if (state.read)
            return state;
        problems.append(
            Text::tr("%1 lacks %2")
                .arg(QDir::toNativeSeparators(path), QStringLiteral(SPILL_READ_PHOTO_METADATA)));
    }
    state.error = Text::tr("the photo metadata module could not be loaded: %1")
                      .arg(problems.join(QStringLiteral("; ")));
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
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("SPILL_METADATA_MODULE");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QDir programDir(QCoreApplication::applicationDirPath());
    paths.append(programDir.filePath(QStringLiteral(SPILL_METADATA_MODULE_NAME)));
    paths.append(
        QDir::cleanPath(programDir.filePath(QStringLiteral(SPILL_METADATA_MODULE_INSTALLED))));
    return paths;
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
