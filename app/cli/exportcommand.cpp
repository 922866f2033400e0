// SPDX-License-Identifier: GPL-3.0-or-later
// `spill export --format markdown|hugo|jekyll|html|html-single`: the same
// post writers as the Export place, reading media from the library's store.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"
#include "export/batchexport.h"
#include "export/exportsink.h"
#include "export/theme.h"
#include "media/thumbnailcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

namespace Spill::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

QString userThemesDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("themes"));
}

// The largest poster frame of a clip the thumbnail cache already holds, or
// an empty string. The export never makes one: probing clips is slow, and
// the exporter does without a poster.
class PosterFinder
{
public:
    explicit PosterFinder(const QString &libraryFolder)
        : m_dir(ThumbnailCache(libraryFolder, {}, 1).thumbnailDir())
    {
    }

    QString find(const MediaItem &item) const
    {
        if (item.kind != MediaKind::Video || item.hash.isEmpty())
            return {};
        // <hash>-<size>.jpg, or <hash>-<size>-<ms>.jpg for a later frame.
        static const QRegularExpression pattern(
            QStringLiteral("^[0-9a-f]{64}-(\\d+)(?:-(\\d+))?\\.(?:jpg|png)$"));
        const qint64 wantedMs = item.posterMs.value_or(0);
        const QStringList names =
            m_dir.entryList({item.hash + QStringLiteral("-*")}, QDir::Files, QDir::Name);
        QString best;
        int bestSize = 0;
        for (const QString &name : names) {
            const QRegularExpressionMatch match = pattern.match(name);
            if (!match.hasMatch() || match.captured(2).toLongLong() != wantedMs)
                continue;
            const int size = match.captured(1).toInt();
            if (size > bestSize) {
                bestSize = size;
                best = m_dir.filePath(name);
            }
        }
        return best;
    }

private:
    QDir m_dir;
};

// The theme to draw with, or an error listing the ones there are.
std::optional<QString> chooseTheme(const CliContext &ctx, const QStringList &themeDirs)
{
    const QString name =
        ctx.invocation().theme.isEmpty() ? ExportOptions().theme : ctx.invocation().theme;
    QStringList names;
    for (const ThemeInfo &theme : availableThemes(themeDirs)) {
        if (theme.name == name)
            return name;
        names.append(theme.name);
    }
    ctx.error(Text::tr("there is no theme called \"%1\"; the themes are: %2 (your own go in %3)")
                  .arg(name, names.join(QStringLiteral(", ")),
                       QDir::toNativeSeparators(themeDirs.constFirst())));
    return std::nullopt;
}

} // namespace

int runExport(const CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const std::unique_ptr<Exporter> exporter = exporterFor(*inv.format);
    if (!exporter) {
        ctx.error(
            Text::tr("the format \"%1\" has no post writer").arg(exportFormatKey(*inv.format)));
        return ExitFailure;
    }
    ExportOptions options;
    options.themeDirs = defaultThemeDirs(userThemesDir());
    if (exportFormatUsesTheme(*inv.format)) {
        const std::optional<QString> theme = chooseTheme(ctx, options.themeDirs);
        if (!theme)
            return ExitFailure;
        options.theme = *theme;
    }

    const std::unique_ptr<Library> library = ctx.openForReading();
    if (!library)
        return ExitFailure;
    const std::optional<QList<Story>> stories = selectedStories(ctx, *library);
    if (!stories)
        return ExitFailure;

    const QString folder = library->folder();
    const auto posters = std::make_shared<PosterFinder>(folder);
    const MediaResolver resolve = [folder, posters](const MediaItem &item) {
        return MediaSource {storedMediaPath(folder, item), posters->find(item)};
    };
    QList<ExportInput> inputs;
    for (const Story &story : *stories)
        inputs.append(ExportInput {story, resolve});

    DirectorySink sink(inv.outDir, DirectorySink::Durability::AtFinish);
    std::atomic<bool> cancel = false;
    const BatchResult result = exportBatch(*exporter, inputs, options, sink, {}, cancel);
    for (const QString &file : result.files)
        ctx.out() << outputPath(ctx, file) << u'\n';
    ctx.out().flush();
    for (const QString &note : result.notes)
        ctx.error(Text::tr("note: %1").arg(note));
    for (const QString &error : result.errors)
        ctx.error(error);
    return result.ok() ? ExitSuccess : ExitFailure;
}

} // namespace Spill::Cli
