// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "backup.h"
#include "librarylocation.h"
#include "schema.h"
#include "sqlitedriver.h"
#include "sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Spill {

const QString Library::RevisionManual = QStringLiteral("manual");
const QString Library::RevisionPeriodic = QStringLiteral("periodic");
const QString Library::RevisionStatusChange = QStringLiteral("status change");
const QString Library::RevisionBeforeRestore = QStringLiteral("before restore");

namespace {

QString newConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("spill-library-%1").arg(++counter);
}

// What the file's 100-byte header says, read without SQLite so that a file
// that is not a database is never handed to it (and never written).
struct HeaderCheck
{
    QString problem; // empty: looks like an SQLite database
    int userVersion = 0;
};

HeaderCheck checkHeader(const QString &path)
{
    HeaderCheck result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = Library::tr("cannot be read: %1").arg(file.errorString());
        return result;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        result.problem = Library::tr("is not an SQLite database");
        return result;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        result.problem = Library::tr("has a damaged header");
        return result;
    }
    result.userVersion = static_cast<int>(qFromBigEndian<quint32>(bytes + 60));
    const qint64 size = file.size();
    // The page count in the header is valid when its "version valid for"
    // field matches the change counter. With a non-empty WAL, SQLite may still
    // be recovering a checkpoint, so only judge a file without one.
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid =
        qFromBigEndian<quint32>(bytes + 92) == qFromBigEndian<quint32>(bytes + 24);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (!walPending && (size % pageSize != 0 || (countValid && size < pageCount * pageSize)))
        result.problem = Library::tr("is truncated or damaged");
    return result;
}

// A Spill killed between creating the lock file and writing its owner into
// it leaves a file that QLockFile can never call stale (we turned the age
// check off). Unreadable twice, a moment apart, means nobody is writing it.
bool lockFileIsGarbage(const QLockFile &lock)
{
    qint64 pid = 0;
    QString hostName;
    QString appName;
    if (lock.getLockInfo(&pid, &hostName, &appName))
        return false;
    QThread::msleep(100);
    return !lock.getLockInfo(&pid, &hostName, &appName);
}

bool backupIsDue(const QString &folder)
{
    const QDateTime newest = Backup::newestBackupTime(folder);
    return !newest.isValid() || newest.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;
}

QString readOnlyMessage(ReadOnlyReason reason, const QString &folder)
{
    switch (reason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return Library::tr("The library %1 is open read-only.").arg(folder);
    case ReadOnlyReason::LockedByOther:
        return Library::tr("Another Spill has the library %1 open. It is shown read-only here; "
                           "close the other Spill to edit.")
            .arg(folder);
    case ReadOnlyReason::NewerSchema:
        return Library::tr("The library %1 was saved by a newer version of Spill. It is shown "
                           "read-only and will not be changed; update Spill to edit it.")
            .arg(folder);
    case ReadOnlyReason::NotWritable:
        return Library::tr("The library folder %1 cannot be written. It is shown read-only.")
            .arg(folder);
    }
    return {};
}

// SQLite reads a WAL database through its -shm file, which it must be able
// to create. In a folder that cannot be written, with no -wal file holding
// changes, the database file is all there is and nobody can change it:
// SQLite is told so (immutable) and reads it without the -shm file.
bool readsImmutable(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return !folder.isWritable() && (!wal.exists() || wal.size() == 0);
}

// SQLite needs room beside a WAL library for its -shm file even to read it;
// on a full disk it says no more than "disk I/O error". Less room than the
// -shm file's first 32 KiB counts as full.
bool diskIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

QString diskFullError(const QString &path)
{
    return Library::tr("The disk holding the library file %1 is full (%2): SQLite needs room "
                       "beside it even to read it. Free some space and try again. Nothing was "
                       "changed.")
        .arg(path, qt_error_string(ENOSPC));
}

bool openConnection(const QString &name, const QString &path, bool readOnly, QString *error)
{
    QSqlDatabase db = Sql::addSqliteDatabase(name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (readOnly && readsImmutable(path)) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), {}, error);
}

// Only for a file known to be a Spill library: switching to WAL rewrites
// the header.
bool prepareForWriting(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("PRAGMA journal_mode = WAL"), {}, error))
        return false;
    if (!query.next() || query.value(0).toString() != QStringLiteral("wal")) {
        *error = QStringLiteral("cannot switch to WAL mode");
        return false;
    }
    // FULL syncs the WAL on every commit: the write the editor was told is
    // saved survives a power cut, not only a crash of Spill. NORMAL would
    // save one fsync per commit but could lose the last commits on power loss.
    return Sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"), {}, error);
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// A new library is built under a temporary name, synced, and moved into
// place whole: a crash while it is made leaves no half-made or empty library
// file, only the temporary one, which the next attempt replaces.
bool createLibraryFile(const QString &path, QString *error)
{
    const QString building = path + QStringLiteral(".new");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(building + QLatin1StringView(suffix));
    const QString name = newConnectionName();
    bool ok = openConnection(name, building, false, error);
    if (ok) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        ok = prepareForWriting(db, error) &&
            Schema::migrate(
                 db, [](int, QString *) { return true; }, error);
    }
    // Closing the last connection checkpoints the WAL into the file.
    closeConnection(name);
    if (ok && !syncPath(building, O_RDWR)) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ok = false;
    }
    if (ok &&
        ::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) !=
            0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ok = false;
    }
    if (!ok) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(building + QLatin1StringView(suffix));
        return false;
    }
    syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace

Library::Library(QString folder, QString connectionName, ReadOnlyReason reason,
                 std::shared_ptr<QLockFile> lock)
    : m_folder(std::move(folder))
    , m_connectionName(std::move(connectionName))
    , m_readOnlyReason(reason)
    , m_lock(std::move(lock))
{
}

Library::~Library()
{
    closeConnection(m_connectionName);
}

OpenResult Library::open(const QString &folder, OpenMode mode, DailyBackup dailyBackup)
{
    OpenResult result = openChecked(folder, mode, dailyBackup);
    if (result.library) {
        result.readOnlyReason = result.library->readOnlyReason();
        result.readOnlyMessage = readOnlyMessage(result.readOnlyReason, folder);
    }
    return result;
}

OpenResult Library::openChecked(const QString &folder, OpenMode mode, DailyBackup dailyBackup)
{
    OpenResult result;
    const QString path = libraryDatabasePath(folder);
    if (mode == OpenMode::ReadWrite && !QDir().mkpath(folder)) {
        result.error = tr("Cannot create the library folder %1").arg(folder);
        return result;
    }
    const QFileInfo info(path);
    if (mode == OpenMode::ReadOnly && !info.exists()) {
        result.error = tr("There is no library at %1").arg(path);
        return result;
    }
    // An empty file is not a new library: it may be what is left of one,
    // beside its media and backups. It is never written.
    if (info.exists() && info.size() == 0) {
        const QString backups = QDir(folder).filePath(QString::fromLatin1(LibraryBackupFolderName));
        result.error = Backup::newestBackupTime(folder).isValid()
            ? tr("The library file %1 is empty (0 bytes). It was left untouched; "
                 "restore a copy from %2, or remove it to start a new library here.")
                  .arg(path, backups)
            : tr("The library file %1 is empty (0 bytes), and there is no backup of it in %2. "
                 "It was left untouched; remove it to start a new library here.")
                  .arg(path, backups);
        return result;
    }
    const bool fresh = !info.exists();
    HeaderCheck header;
    if (!fresh) {
        header = checkHeader(path);
        if (!header.problem.isEmpty()) {
            result.error =
                tr("The library file %1 %2. It was left untouched.").arg(path, header.problem);
            return result;
        }
    }

    ReadOnlyReason reason =
        mode == OpenMode::ReadOnly ? ReadOnlyReason::Requested : ReadOnlyReason::None;
    if (reason == ReadOnlyReason::None && header.userVersion > Schema::LatestVersion)
        reason = ReadOnlyReason::NewerSchema;

    std::shared_ptr<QLockFile> lock;
    if (reason == ReadOnlyReason::None) {
        lock = std::make_shared<QLockFile>(
            QDir(folder).filePath(QString::fromLatin1(LibraryLockFileName)));
        // Only a dead owner makes the lock stale, never its age: an editor
        // may stay open for days.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError &&
            lockFileIsGarbage(*lock)) {
            lock->removeStaleLockFile();
            lock->tryLock(0);
        }
        if (!lock->isLocked()) {
            reason = lock->error() == QLockFile::LockFailedError ? ReadOnlyReason::LockedByOther
                                                                 : ReadOnlyReason::NotWritable;
            lock.reset();
        }
    }
    const bool readOnly = reason != ReadOnlyReason::None;
    if (readOnly && fresh) {
        if (reason == ReadOnlyReason::LockedByOther)
            result.error = tr("The library %1 is being created by another Spill").arg(path);
        else if (diskIsFull(folder))
            result.error = tr("The library %1 cannot be created: the disk holding it is full "
                              "(%2). Free some space, or choose another folder.")
                               .arg(path, qt_error_string(ENOSPC));
        else
            result.error = tr("The library %1 is empty and cannot be created here").arg(path);
        return result;
    }

    QString error;
    if (fresh && !createLibraryFile(path, &error)) {
        result.error = diskIsFull(folder)
            ? diskFullError(path)
            : tr("Cannot create the library file %1: %2").arg(path, error);
        return result;
    }

    const QString name = newConnectionName();
    if (!openConnection(name, path, readOnly, &error)) {
        closeConnection(name);
        result.error = diskIsFull(folder)
            ? diskFullError(path)
            : tr("Cannot open the library file %1: %2").arg(path, error);
        return result;
    }
    std::unique_ptr<Library> library(new Library(folder, name, reason, lock));
    QSqlDatabase db = library->database();

    QSqlQuery tables(db);
    const int version = Schema::userVersion(db, &error);
    if (version < 0 ||
        !Sql::run(tables, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, &error) ||
        !tables.next()) {
        const bool wal = QFileInfo::exists(path + QStringLiteral("-wal"));
        if (diskIsFull(folder)) {
            result.error = diskFullError(path);
            return result;
        }
        result.error = readOnly && !QFileInfo(folder).isWritable()
            ? (wal ? tr("The library %1 is in a read-only folder and has changes SQLite can only "
                        "read where it may write (%2-wal). Open it once where the folder can be "
                        "written. Nothing was changed.")
                         .arg(path, QFileInfo(path).fileName())
                   : tr("The library %1 is in a read-only folder and cannot be read: %2. "
                        "Nothing was changed.")
                         .arg(path, error))
            : tr("The library file %1 is damaged or not a Spill library: %2").arg(path, error);
        return result;
    }
    if (version == 0 && tables.value(0).toInt() > 0) {
        result.error = tr("The file %1 is an SQLite database but not a Spill library. It was "
                          "left untouched.")
                           .arg(path);
        return result;
    }
    tables.finish();

    if (version > Schema::LatestVersion && !readOnly) {
        // Seen only through the WAL: reopen read-only before touching anything.
        library.reset();
        OpenResult again = openChecked(folder, OpenMode::ReadOnly, dailyBackup);
        if (again.library)
            again.library->m_readOnlyReason = ReadOnlyReason::NewerSchema;
        return again;
    }
    if (readOnly) {
        if (version < Schema::LatestVersion) {
            result.error = tr("The library %1 needs an upgrade, which cannot be done while it "
                              "is read-only")
                               .arg(path);
            return result;
        }
        if (version > Schema::LatestVersion)
            library->m_readOnlyReason = ReadOnlyReason::NewerSchema;
        result.library = std::move(library);
        return result;
    }

    if (!prepareForWriting(db, &error)) {
        result.error = tr("Cannot open the library file %1: %2").arg(path, error);
        return result;
    }

    // A library made just now needs no backup before its first use; an
    // older one is backed up once, as it was, before its first migration.
    const bool existing = version > 0 && !fresh;
    bool backedUp = false;
    const auto backupFirst = [&](int next, QString *backupError) {
        if (!existing || backedUp)
            return true;
        backedUp = true;
        return Backup::backupDatabase(db, folder, QStringLiteral("before-v%1").arg(next),
                                      backupError);
    };
    if (!Schema::migrate(db, backupFirst, &error)) {
        result.error = tr("Cannot upgrade the library %1: %2").arg(path, error);
        return result;
    }
    if (existing && version == Schema::LatestVersion && backupIsDue(folder)) {
        if (dailyBackup == DailyBackup::Deferred)
            result.backupDue = true;
        else if (!Backup::backupDatabase(db, folder, QStringLiteral("daily"), &error))
            result.warning = tr("The daily backup of %1 failed: %2").arg(path, error);
    }
    result.library = std::move(library);
    return result;
}

std::unique_ptr<Library> Library::connect(const Handle &handle, QString *error)
{
    const QString name = newConnectionName();
    const QString path = libraryDatabasePath(handle.folder);
    const bool readOnly = handle.readOnlyReason != ReadOnlyReason::None;
    if (!openConnection(name, path, readOnly, error) ||
        (!readOnly && !prepareForWriting(QSqlDatabase::database(name, false), error))) {
        closeConnection(name);
        *error = tr("Cannot open the library file %1: %2").arg(path, *error);
        return nullptr;
    }
    return std::unique_ptr<Library>(
        new Library(handle.folder, name, handle.readOnlyReason, handle.lock));
}

bool Library::backupIfDue(const Handle &handle, QString *error)
{
    if (handle.readOnlyReason != ReadOnlyReason::None || !backupIsDue(handle.folder))
        return true;
    std::unique_ptr<Library> library = connect(handle, error);
    if (!library)
        return false;
    if (!Backup::backupDatabase(library->database(), handle.folder, QStringLiteral("daily"),
                                error)) {
        *error = tr("The daily backup of %1 failed: %2").arg(library->databasePath(), *error);
        return false;
    }
    return true;
}

Library::Handle Library::handle() const
{
    return Handle {m_folder, m_readOnlyReason, m_lock};
}

QString Library::databasePath() const
{
    return libraryDatabasePath(m_folder);
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Library::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? QStringLiteral("%1: %2").arg(databasePath(), what)
                               : QStringLiteral("%1: %2: %3").arg(databasePath(), what, detail);
    return false;
}

bool Library::ensureWritable()
{
    if (!isReadOnly())
        return true;
    return fail(tr("the library is open read-only"), readOnlyMessage(m_readOnlyReason, m_folder));
}

CheckResult Library::check()
{
    CheckResult result;
    QSqlDatabase db = database();
    QString error;
    QStringList lines;
    QSqlQuery integrity(db);
    if (!Sql::run(integrity, QStringLiteral("PRAGMA integrity_check"), {}, &error)) {
        result.report = tr("integrity_check failed: %1").arg(error);
        return result;
    }
    bool integrityOk = false;
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        integrityOk = integrityOk || line == QStringLiteral("ok");
        lines.append(QStringLiteral("integrity_check: ") + line);
    }
    QSqlQuery foreignKeys(db);
    if (!Sql::run(foreignKeys, QStringLiteral("PRAGMA foreign_key_check"), {}, &error)) {
        lines.append(tr("foreign_key_check failed: %1").arg(error));
        result.report = lines.join(u'\n');
        return result;
    }
    int violations = 0;
    while (foreignKeys.next()) {
        ++violations;
        lines.append(QStringLiteral("foreign_key_check: %1 row %2 refers to a missing %3 row")
                         .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                              foreignKeys.value(2).toString()));
    }
    if (violations == 0)
        lines.append(QStringLiteral("foreign_key_check: ok"));
    result.ok = integrityOk && lines.size() == 2 && violations == 0;
    result.report = lines.join(u'\n');
    return result;
}

} // namespace Spill
