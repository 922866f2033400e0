// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteposts.h"
#include "stats.h"
#include "story/story.h"
#include "storyquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace Spill {

class Library;

enum class OpenMode {
    ReadWrite, // creates the folder and library.sqlite when missing
    ReadOnly, // the library must exist; nothing is written
};

// When open() makes the daily backup. VACUUM INTO copies the whole file
// (about 3 s for 100,000 stories), so a GUI defers it and runs
// Library::backupIfDue() on a worker thread.
enum class DailyBackup {
    OnOpen,
    Deferred,
};

enum class ReadOnlyReason {
    None, // writable
    Requested, // opened with OpenMode::ReadOnly
    LockedByOther, // another Spill holds <library>/library.lock
    NewerSchema, // written by a newer Spill: this one must not touch it
    NotWritable, // the lock file cannot be created (read-only folder)
};

struct OpenResult
{
    std::unique_ptr<Library> library; // null when the library cannot be opened
    QString error; // names the file; set when library is null
    ReadOnlyReason readOnlyReason = ReadOnlyReason::None;
    QString readOnlyMessage; // translated, for the user; empty when writable
    QString warning; // e.g. a daily backup failed; the library is usable
    bool backupDue = false; // DailyBackup::Deferred and the newest backup is over a day old

    bool readOnly() const { return readOnlyReason != ReadOnlyReason::None; }
    explicit operator bool() const { return library != nullptr; }
};

// A story library: a folder with library.sqlite (stories, media records,
// tags, revisions, search index) and media/.
//
// Each instance owns its own SQLite connection and must be used from one
// thread only: the one that created it. Another thread opens its own
// instance with connect(handle()). Writes happen in transactions; a failed
// call returns false/nullopt/0 and lastError() says why, naming the file.
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    // What another thread needs to open its own connection to this library.
    // It shares the write lock, so the lock is released only when the last
    // connection holding it is gone.
    struct Handle
    {
        QString folder;
        ReadOnlyReason readOnlyReason = ReadOnlyReason::None;
        std::shared_ptr<QLockFile> lock;
    };

    static OpenResult open(const QString &folder, OpenMode mode = OpenMode::ReadWrite,
                           DailyBackup dailyBackup = DailyBackup::OnOpen);
    // Backs the library up into <library>/backups/ (keeping 5) when the newest
    // backup is over a day old. Opens its own connection: call it from any
    // thread. Returns false with `error` set when the backup failed.
    static bool backupIfDue(const Handle &handle, QString *error);
    // A second connection for the calling thread. Does not migrate or back up.
    static std::unique_ptr<Library> connect(const Handle &handle, QString *error);

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    Handle handle() const;
    QString folder() const { return m_folder; }
    QString databasePath() const;
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString lastError() const { return m_error; }
    // Calls only set the error when they fail: clear it to tell whether one did.
    void clearError() { m_error.clear(); }

    // Stories. createStory() gives the story a unique slug (from its slug if
    // set, else from its title; an untitled story is fine), stamps missing
    // created/updated times with now, and returns the new id (0 on failure).
    // Media items are stored by hash; `file` is kept as a bare file name
    // (the original one) and comes back as such. The media store's file is
    // mediaFilePath(folder(), hash, suffix of file).
    qint64 createStory(const Story &story);
    std::optional<Story> story(qint64 id); // media in order; trashed stories too
    // Null when there is no such story (`missing` set) or it cannot be read.
    std::optional<Story> storyBySlug(const QString &slug, bool *missing = nullptr);
    // Writes everything in one transaction: the story row, tags, failure
    // kinds and media rows (replaced), and its search index row. An empty
    // slug keeps the stored one; an invalid updated time becomes now. With a
    // revisionReason, a revision of the saved state is added in the same
    // transaction.
    bool saveStory(const Story &story, const QString &revisionReason = {});
    // Empty, with lastError() and `ok` false, when the rows cannot be read.
    QList<StorySummary> listStories(const StoryQuery &query, bool *ok = nullptr);
    std::optional<int> countStories(const StoryQuery &query);
    QStringList allTags(); // in use by stories not in the trash, sorted
    // Adds `tag` (trimmed) to each given story that lacks it, compared
    // without case, in one transaction; a story that gains it is updated now.
    // A tag the library already has keeps its stored spelling.
    // Fails for an empty tag, a tag with control characters or a missing story.
    bool addTag(const QList<qint64> &storyIds, const QString &tag);
    // Takes `tag` (compared without case) off each given story that has it,
    // in one transaction; a story that loses it is updated now. Undoes addTag().
    bool removeTag(const QList<qint64> &storyIds, const QString &tag);
    // A new draft with the story's content and media: titled "<title> (copy)"
    // (an untitled story stays untitled), a slug of its own, no published URL,
    // created and updated now, no revisions. Returns the copy's id, 0 on failure.
    qint64 duplicateStory(qint64 id);

    // Search over title, dish, beats and tags; best first. The last word is
    // matched as a prefix (search-as-you-type); accents and case are folded.
    // Any text is safe: it is turned into quoted terms, never FTS5 syntax.
    std::optional<QList<SearchHit>> search(const QString &text, int limit = 20);
    // Snippets of `text`'s matches in the given stories (a gallery page found
    // through StoryQuery::text), by story id; stories without a match are absent.
    std::optional<QHash<qint64, QString>> searchSnippets(const QString &text,
                                                         const QList<qint64> &ids);

    // Counts for the Patterns view (stats.cpp); stories in the trash are left out.
    std::optional<QList<KindCount>> failuresByKind(); // most first
    // One entry per month of the 12 ending with `today`'s, oldest first, zeros included.
    std::optional<QList<MonthCount>> failuresByMonth(const QDate &today);
    std::optional<OutcomeCounts> outcomeCounts();
    std::optional<RedemptionCounts> redemptionCounts();
    // The id of the most recent story created on today's month and day (local
    // time) in an earlier year; 0 when there is none, nullopt on error.
    std::optional<qint64> onThisDay(const QDate &today);

    // Trash. emptyTrash() deletes every trashed story with its media rows and
    // revisions and returns the media files no remaining story or revision
    // uses: pass them to removeMediaFiles().
    bool moveToTrash(qint64 id);
    bool restoreFromTrash(qint64 id);
    std::optional<QList<MediaFile>> emptyTrash();

    // Revisions: snapshots of a whole story. restoreRevision() first saves
    // the current state as a "before restore" revision, then restores the
    // snapshot's content (the story keeps its id and slug).
    qint64 saveRevision(qint64 storyId, const QString &reason);
    QList<RevisionInfo> revisions(qint64 storyId);
    std::optional<Story> revision(qint64 revisionId);
    bool restoreRevision(qint64 revisionId);

    // What a listing on the command line reads of each story: the table
    // (slug, title, status, updated) or everything `list --json` shows (also
    // id, dish, created, outcome and failure kinds).
    enum class HeaderColumns { Table, Full };
    // Every story not in the trash, newest change first, handed to `row` as
    // SQLite reads it, so a listing of any length holds one story at a time.
    // Only the columns asked for are filled in. False, with lastError() set,
    // when the stories cannot be read (some may have been handed over).
    bool forEachStoryHeader(HeaderColumns columns,
                            const std::function<void(const StorySummary &)> &row);
    // The length in characters of the longest slug of any story, in the
    // trash or not (0 when there is none): read from the slugs' own index,
    // without touching the wide story rows. nullopt with lastError() set on
    // failure.
    std::optional<qsizetype> longestSlugLength();
    // The slugs of the stories not in the trash that start with `prefix`,
    // sorted, at most `limit` (shell completion). Empty with lastError() set
    // on failure.
    QStringList slugsStartingWith(const QString &prefix, int limit = 200);

    // Blogs (siteposts.cpp). The story's post on `site` (a
    // normalizedSiteAddress()); postId 0 when it has none there.
    std::optional<SitePost> sitePost(qint64 storyId, const QString &site);
    // Every file uploaded to `site`, by SHA-256.
    std::optional<QHash<QString, SiteUpload>> siteUploads(const QString &site);
    // After a publish succeeded: the story's post on the site and the files
    // it uses there, in one transaction.
    bool recordSitePost(qint64 storyId, const QString &site, const SitePost &post,
                        const QHash<QString, SiteUpload> &uploads);
    // Files uploaded to `site` without a post (Copy for WordPress), so that
    // a later publish reuses them.
    bool recordSiteUploads(const QString &site, const QHash<QString, SiteUpload> &uploads);

    // PRAGMA integrity_check and foreign_key_check.
    CheckResult check();
    // PRAGMA quick_check: cheaper than check(), for a command about to write.
    // Returns false with lastError() naming what SQLite found.
    bool quickCheck();
    // The hashes of every media file a story (trashed or not) or a revision
    // uses; nullopt with lastError() set when they cannot be read.
    std::optional<QSet<QString>> usedMediaHashes();

    // Reasons stored with revisions made by Spill itself.
    static const QString RevisionManual;
    static const QString RevisionPeriodic;
    static const QString RevisionStatusChange;
    static const QString RevisionBeforeRestore;

private:
    Library(QString folder, QString connectionName, ReadOnlyReason reason,
            std::shared_ptr<QLockFile> lock);
    static OpenResult openChecked(const QString &folder, OpenMode mode, DailyBackup dailyBackup);

    QSqlDatabase database() const;
    bool fail(const QString &what, const QString &detail);
    bool ensureWritable();
    // Inserts a revision of the stored story; runs inside a transaction.
    qint64 snapshot(qint64 storyId, const QString &reason, QString *error);

    QString m_folder;
    QString m_connectionName;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    std::shared_ptr<QLockFile> m_lock;
    QString m_error;
};

// Deletes the given files from <libraryFolder>/media/. A file already gone is
// fine. Returns the files that could not be removed, one message each.
QStringList removeMediaFiles(const QString &libraryFolder, const QList<MediaFile> &files);

} // namespace Spill
