// SPDX-License-Identifier: GPL-3.0-or-later
// `spill check`: the database's own integrity checks, plus the media store:
// files the stories need but the store lacks, and copies an interrupted
// import left behind.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"
#include "library/backup.h"
#include "library/librarylocation.h"
#include "media/mediapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QTextStream>

namespace Spill::Cli {

namespace {

struct CheckCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

struct MediaFindings
{
    QStringList lines;
    int referenced = 0; // distinct files
    int missing = 0;
    bool ok = true; // false when the stories could not be read
};

MediaFindings checkMedia(Library &library)
{
    MediaFindings findings;
    StoryQuery query;
    query.limit = 0;
    query.trash = StoryQuery::Trash::Include; // a trashed story can be restored
    if (!library.countStories(query)) {
        findings.ok = false;
        findings.lines.append(CheckCommandText::tr("media: %1").arg(library.lastError()));
        return findings;
    }
    bool listed = false;
    const QList<StorySummary> summaries = library.listStories(query, &listed);
    if (!listed) {
        findings.ok = false;
        findings.lines.append(CheckCommandText::tr("media: %1").arg(library.lastError()));
        return findings;
    }
    QSet<QString> seen;
    QSet<QString> reported;
    for (const StorySummary &summary : summaries) {
        const std::optional<Story> story = library.story(summary.id);
        if (!story) {
            findings.ok = false;
            findings.lines.append(CheckCommandText::tr("media: %1").arg(library.lastError()));
            continue;
        }
        for (const MediaItem &item : story->media) {
            const QString key = item.hash + u'/' + item.file;
            seen.insert(item.hash);
            if (!storedMediaPath(library.folder(), item).isEmpty() || reported.contains(key))
                continue;
            reported.insert(key);
            ++findings.missing;
            findings.lines.append(
                CheckCommandText::tr(
                    "media: missing %1 (\"%2\" in the story \"%3\"); expected in %4")
                    .arg(item.hash.isEmpty() ? CheckCommandText::tr("a file without a hash")
                                             : item.hash,
                         item.file, story->slug,
                         QDir::toNativeSeparators(
                             QDir(library.folder())
                                 .filePath(QString::fromLatin1(LibraryMediaFolderName)))));
        }
    }
    findings.referenced = int(seen.size());
    return findings;
}

// Copies MediaStore::import() writes aside and renames when complete; one
// still there was cut short. Deleting it is left to the user: an import
// running right now in another Spill may own it.
QStringList leftoverImports(const QString &libraryFolder)
{
    const QDir media(QDir(libraryFolder).filePath(QString::fromLatin1(LibraryMediaFolderName)));
    QStringList lines;
    const QStringList names = media.entryList(
        {QStringLiteral(".import-*")}, QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : names) {
        lines.append(CheckCommandText::tr(
                         "media: leftover temporary file %1 from an interrupted import (not "
                         "deleted; remove it when no Spill is running)")
                         .arg(QDir::toNativeSeparators(media.filePath(name))));
    }
    return lines;
}

// Files in the store that no story and no revision uses: what a Spill
// killed between copying a story's media and storing the story leaves.
// Like leftovers, they are named, not deleted.
QStringList unusedMedia(Library &library, bool *ok)
{
    const std::optional<QSet<QString>> used = library.usedMediaHashes();
    *ok = used.has_value();
    if (!used)
        return {CheckCommandText::tr("media: %1").arg(library.lastError())};
    const QDir media(QDir(library.folder()).filePath(QString::fromLatin1(LibraryMediaFolderName)));
    QStringList lines;
    const QStringList names = media.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString hash = name.section(u'.', 0, 0);
        if (!isValidMediaHash(hash) || used->contains(hash))
            continue;
        lines.append(
            CheckCommandText::tr("media: %1 is not used by any story or revision (an interrupted "
                                 "import may have left it; not deleted)")
                .arg(QDir::toNativeSeparators(media.filePath(name))));
    }
    return lines;
}

} // namespace

int runCheck(const CliContext &ctx)
{
    const std::unique_ptr<Library> library = ctx.openForReading();
    if (!library)
        return ExitFailure;
    const QString database = QDir::toNativeSeparators(library->databasePath());
    QTextStream &out = ctx.out();
    out << printable(CheckCommandText::tr("library: %1").arg(database)) << u'\n';

    const CheckResult result = library->check();
    for (const QString &line : result.report.split(u'\n'))
        out << printable(line) << u'\n';

    const MediaFindings media = checkMedia(*library);
    for (const QString &line : media.lines)
        out << printable(line) << u'\n';
    if (media.ok && media.missing == 0)
        out << CheckCommandText::tr("media: %n files referenced, all present", nullptr,
                                    media.referenced)
            << u'\n';
    for (const QString &line : leftoverImports(library->folder()))
        out << printable(line) << u'\n';
    bool usageRead = false;
    for (const QString &line : unusedMedia(*library, &usageRead))
        out << printable(line) << u'\n';
    out.flush();

    if (!result.ok) {
        const QString backups = QDir::toNativeSeparators(
            QDir(library->folder()).filePath(QString::fromLatin1(LibraryBackupFolderName)));
        ctx.error(
            Backup::newestBackupTime(library->folder()).isValid()
                ? CheckCommandText::tr(
                      "the library file %1 is damaged (see the report above); restore "
                      "a copy from %2")
                      .arg(database, backups)
                : CheckCommandText::tr("the library file %1 is damaged (see the report above), and "
                                       "there is no backup of it in %2")
                      .arg(database, backups));
    }
    if (media.missing > 0)
        ctx.error(CheckCommandText::tr(
            "%n media files used by stories are missing from the library", nullptr, media.missing));
    else if (!media.ok || !usageRead)
        ctx.error(CheckCommandText::tr("the stories' media could not be checked"));
    return result.ok && media.ok && usageRead && media.missing == 0 ? ExitSuccess : ExitFailure;
}

} // namespace Spill::Cli
