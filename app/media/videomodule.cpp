// SPDX-License-Identifier: GPL-3.0-or-later
#include "videomodule.h"

#include "videomoduleabi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QTextStream>

namespace Spill::VideoModule {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct VideoModuleText
{
    Q_DECLARE_TR_FUNCTIONS(VideoModule)
};

struct Loaded
{
    bool tried = false;
    QString error;
    SpillVideoRunProbe runProbe = nullptr;
    SpillVideoCreatePlayer createPlayer = nullptr;
};

// Only ever touched from the GUI thread, or from main() in the probe.
Loaded &loaded()
{
    static Loaded state;
    return state;
}

} // namespace

QStringList candidatePaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("SPILL_VIDEO_MODULE");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QDir programDir(QCoreApplication::applicationDirPath());
    paths.append(programDir.filePath(QStringLiteral(SPILL_VIDEO_MODULE_NAME)));
    paths.append(
        QDir::cleanPath(programDir.filePath(QStringLiteral(SPILL_VIDEO_MODULE_INSTALLED))));
    return paths;
}

bool load(QString *error)
{
    Loaded &state = loaded();
    if (!state.tried) {
        state.tried = true;
        QStringList problems;
        for (const QString &path : candidatePaths()) {
            if (!QFileInfo::exists(path)) {
                problems.append(
                    VideoModuleText::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
                continue;
            }
            QLibrary library(path);
            // Never unloaded: players and Qt Multimedia's backend live on.
            library.setLoadHints(QLibrary::PreventUnloadHint);
            if (!library.load()) {
                problems.append(library.errorString());
                continue;
            }
            state.runProbe =
                reinterpret_cast<SpillVideoRunProbe>(library.resolve(SPILL_VIDEO_RUN_PROBE));
            state.createPlayer = reinterpret_cast<SpillVideoCreatePlayer>(
                library.resolve(SPILL_VIDEO_CREATE_PLAYER));
            if (state.runProbe && state.createPlayer)
                break;
            state.runProbe = nullptr;
            state.createPlayer = nullptr;
            problems.append(VideoModuleText::tr("%1 is not Spill's video module")
                                .arg(QDir::toNativeSeparators(path)));
        }
        if (!state.createPlayer)
            state.error = VideoModuleText::tr("Spill's video support is not installed (%1)")
                              .arg(problems.join(QStringLiteral("; ")));
    }
    if (error)
        *error = state.error;
    return state.createPlayer != nullptr;
}

VideoPlayer *createPlayer(const QString &path, const MediaItem &item, QWidget *parent,
                          VideoPlayer::PosterChosen posterChosen, QString *error)
{
    if (!load(error))
        return nullptr;
    return loaded().createPlayer(path, item, parent, std::move(posterChosen));
}

int runProbe(const QStringList &arguments, QTextStream &out)
{
    QString error;
    if (!load(&error)) {
        // The same answer the probe gives when it fails: one JSON object.
        QJsonObject json;
        json[u"error"] = error;
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
        out.flush();
        return 1;
    }
    return loaded().runProbe(arguments, out);
}

} // namespace Spill::VideoModule
