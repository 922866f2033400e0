// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipremuxloader.h"

#include "clipremuxmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClipRemuxModule)
};

struct Loaded
{
    QString error;
    SpillRemuxClip remux = nullptr;
};

Loaded loadOnce()
{
    Loaded state;
    QStringList problems;
    for (const QString &path : ClipRemuxModule::candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            problems.append(Text::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QLibrary library(path);
        // Never unloaded: libavformat keeps global state.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            problems.append(library.errorString());
            continue;
        }
        state.remux = reinterpret_cast<SpillRemuxClip>(library.resolve(SPILL_REMUX_CLIP));
        if (state.remux)
            return state;
        problems.append(Text::tr("%1 lacks %2")
                            .arg(QDir::toNativeSeparators(path), QStringLiteral(SPILL_REMUX_CLIP)));
    }
    state.error = Text::tr("the clip remux module could not be loaded: %1")
                      .arg(problems.join(QStringLiteral("; ")));
    return state;
}

const Loaded &loaded()
{
    static const Loaded state = loadOnce(); // thread-safe initialisation
    return state;
}

} // namespace

namespace ClipRemuxModule {

QStringList candidatePaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("SPILL_REMUX_MODULE");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QDir programDir(QCoreApplication::applicationDirPath());
    paths.append(programDir.filePath(QStringLiteral(SPILL_REMUX_MODULE_NAME)));
    paths.append(
        QDir::cleanPath(programDir.filePath(QStringLiteral(SPILL_REMUX_MODULE_INSTALLED))));
    return paths;
}

bool load(QString *error)
{
    const Loaded &state = loaded();
    if (!state.remux && error)
        *error = state.error;
    return state.remux != nullptr;
}

} // namespace ClipRemuxModule

ClipRemux remuxClipThroughModule(const QString &sourcePath, const QString &suffix, QIODevice &out,
                                 qint64 maxBytes)
{
    const Loaded &state = loaded();
    ClipRemux result;
    if (!state.remux) {
        result.error = Text::tr("Cannot remux the clip %1: %2").arg(sourcePath, state.error);
        return result;
    }
    state.remux(sourcePath, suffix, out, maxBytes, &result);
    return result;
}

} // namespace Spill
