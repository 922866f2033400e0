// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsink.h"

#include "files/wholefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Spill {

namespace {

// A name for a file being written, unique within this process, hidden, and
// beside its target so the final rename never crosses file systems.
QString temporaryNameBeside(const QString &target)
{
    static std::atomic<quint64> counter {0};
    const QFileInfo info(target);
    return info.absolutePath() + u"/.spill-"_s +
        QString::number(QCoreApplication::applicationPid()) + u'-' +
        QString::number(counter.fetch_add(1)) + u".tmp"_s;
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString cannotRead(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("ExportSink", "Cannot read %1: %2").arg(path, reason);
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("ExportSink", "Cannot write %1: %2").arg(path, reason);
}

QString cannotWrite(const QString &path, int error)
{
    return cannotWrite(path, qt_error_string(error));
}

// A producer's failure in words: one writing the output names `target`,
// the file being written, never what the producer was reading.
QString failureOf(const Produced &produced, const QString &target)
{
    if (!produced.writeError.isEmpty())
        return cannotWrite(target, produced.writeError);
    return produced.error;
}

// Streams `source` into an open device in chunks, so a large clip never sits
// in memory whole.
QString copyInto(QFileDevice &out, const QString &sourcePath, const QString &relativePath)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return cannotRead(sourcePath, in.errorString());
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (const int error = writeAll(out.handle(), chunk); error != 0)
            return cannotWrite(relativePath, error);
    }
    if (in.error() != QFileDevice::NoError)
        return cannotRead(sourcePath, in.errorString());
    return {};
}

// Why `path` cannot be the folder's list of Spill's files, from what it is;
// empty for a regular file.
QString notALedger(const QString &path, mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISLNK(mode))
        return QCoreApplication::translate(
                   "ExportSink",
                   "Refusing to export: %1 is a symbolic link, not Spill's list of the files "
                   "it wrote there")
            .arg(path);
    if (S_ISDIR(mode))
        return QCoreApplication::translate("ExportSink",
                                           "Refusing to export: %1 is a folder, not Spill's list "
                                           "of the files it wrote there")
            .arg(path);
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("ExportSink",
                                           "Refusing to export: %1 is a named pipe, not Spill's "
                                           "list of the files it wrote there")
            .arg(path);
    return QCoreApplication::translate("ExportSink",
                                       "Refusing to export: %1 is a device or a socket, not "
                                       "Spill's list of the files it wrote there")
        .arg(path);
}

// Opens the list of Spill's files with `flags`, only if it is a regular file
// of the folder: a link would lead the list, and what Spill may overwrite,
// out of the folder, and a named pipe would block the open forever. -1 when
// it cannot be opened: *refusal then says what is in the way, or is empty
// and errno says why.
int openLedger(const QString &path, int flags, QString *refusal)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info;
    // Looked at first, so that a device is never even opened.
    if (::lstat(native.constData(), &info) == 0) {
        if (QString why = notALedger(path, info.st_mode); !why.isEmpty()) {
            *refusal = why;
            return -1;
        }
    }
    const int fd =
        ::open(native.constData(), flags | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0644);
    if (fd < 0) {
        // Something else may have taken its place since: say what.
        const int error = errno;
        if (::lstat(native.constData(), &info) == 0)
            *refusal = notALedger(path, info.st_mode);
        errno = error;
        return -1;
    }
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    if (QString why = notALedger(path, info.st_mode); !why.isEmpty()) {
        *refusal = why;
        ::close(fd);
        return -1;
    }
    return fd;
}

// Makes the folder `path` and the missing ones above it, as QDir::mkpath()
// does, but keeps why one cannot be made, which mkpath() drops: 0, or the
// errno of the first level that could not be made, named in *failed.
int makeFolders(const QString &path, QString *failed)
{
    QStringList missing;
    QString existing = path;
    struct stat info;
    while (::stat(QFile::encodeName(existing).constData(), &info) != 0) {
        const int error = errno;
        const qsizetype slash = existing.lastIndexOf(u'/');
        if ((error != ENOENT && error != ENOTDIR) || slash < 0) {
            *failed = existing;
            return error;
        }
        missing.prepend(existing);
        existing = slash == 0 ? u"/"_s : existing.left(slash);
    }
    if (missing.isEmpty() && !S_ISDIR(info.st_mode)) {
        *failed = path;
        return EEXIST;
    }
    // Below a file, the first mkdir() fails with ENOTDIR: the reason to give.
    for (const QString &level : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(level);
        if (::mkdir(native.constData(), 0777) == 0)
            continue;
        const int error = errno;
        if (error == EEXIST && ::stat(native.constData(), &info) == 0 && S_ISDIR(info.st_mode))
            continue; // made by someone else meanwhile
        *failed = level;
        return error;
    }
    return 0;
}

QString cannotCreateFolder(const QString &path)
{
    QString failed;
    const int error = makeFolders(path, &failed);
    if (error == 0)
        return {};
    return QCoreApplication::translate("ExportSink", "Cannot create the folder %1: %2")
        .arg(failed, qt_error_string(error));
}

// Reads what is left of an open file: 0, or the errno of the read that failed.
int readAllFrom(int fd, QByteArray *bytes)
{
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return errno;
        if (got == 0)
            return 0;
        bytes->append(buffer, got);
    }
}

} // namespace

ExportSink::~ExportSink() = default;

QString ExportSink::copyFile(const QString &relativePath, const QString &sourcePath)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return cannotRead(sourcePath, in.errorString());
    return write(relativePath, in.readAll());
}

QString ExportSink::writeWith(const QString &relativePath, const ExportProducer &produce)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (QString error = failureOf(produce(buffer), relativePath); !error.isEmpty())
        return error;
    buffer.close();
    return write(relativePath, bytes);
}

QString ExportSink::finish()
{
    return {};
}

QString ExportSink::check(const QStringList &)
{
    return {};
}

QString MemorySink::write(const QString &relativePath, const QByteArray &bytes)
{
    m_files.insert(relativePath, bytes);
    return {};
}

DirectorySink::DirectorySink(const QString &outputDir, Durability durability)
    : m_root(QDir::cleanPath(QDir(outputDir).absolutePath()))
    , m_durability(durability)
{
}

DirectorySink::~DirectorySink() = default;

QString DirectorySink::manifestName()
{
    return u".spill-export"_s;
}

QString DirectorySink::loadManifest()
{
    if (m_manifestLoaded)
        return {};
    if (QString error = cannotCreateFolder(m_root); !error.isEmpty())
        return error;
    const QString path = QDir(m_root).filePath(manifestName());
    QString refusal;
    const int fd = openLedger(path, O_RDONLY, &refusal);
    const int openError = fd < 0 ? errno : 0;
    if (!refusal.isEmpty())
        return refusal;
    if (fd < 0 && openError != ENOENT)
        return cannotRead(path, qt_error_string(openError));
    if (fd >= 0) {
        QByteArray bytes;
        const int error = readAllFrom(fd, &bytes);
        ::close(fd);
        if (error != 0)
            return cannotRead(path, qt_error_string(error));
        m_tornManifest = !bytes.isEmpty() && !bytes.endsWith('\n');
        QList<QByteArray> lines = bytes.split('\n');
        // A line cut short by a full disk or a crash names no file.
        lines.removeLast();
        for (const QByteArray &line : std::as_const(lines)) {
            if (!line.isEmpty() && !line.contains('\0'))
                m_ours.insert(QString::fromUtf8(line));
        }
    }
    m_manifestLoaded = true;
    return {};
}

QString DirectorySink::prepare(const QString &relativePath, QString *absolutePath, bool create)
{
    if (QString error = loadManifest(); !error.isEmpty())
        return error;
    // Only plain relative paths of ordinary names: no "..", no drive letters,
    // no backslashes, nothing hidden that could clash with our own files.
    const QStringList parts = relativePath.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"."_s || part == u".."_s || part.startsWith(u".spill") ||
            part.contains(u'\\') || part.contains(u':') || part.contains(QChar(0)))
            return QCoreApplication::translate("ExportSink",
                                               "Refusing to write %1: the path is not a plain name "
                                               "inside the output folder")
                .arg(relativePath);
    }
    const QString target = m_root + u'/' + relativePath;
    const QString parent = QFileInfo(target).absolutePath();
    if (!create && !QFileInfo(parent).isDir()) {
        // Nothing can be in the way inside a folder that is not there yet;
        // a file where the folder should be is found when it is created.
        *absolutePath = target;
        return {};
    }
    if (QString error = cannotCreateFolder(parent); !error.isEmpty())
        return error;
    // A symbolic link inside the folder must not lead the write elsewhere.
    const QString canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    const QString canonicalParent = QFileInfo(parent).canonicalFilePath();
    if (canonicalParent != canonicalRoot && !canonicalParent.startsWith(canonicalRoot + u'/'))
        return QCoreApplication::translate(
                   "ExportSink", "Refusing to write %1: it leads outside the output folder")
            .arg(relativePath);
    const QFileInfo existing(target);
    if (existing.isSymLink() || (existing.exists() && !existing.isFile()))
        return QCoreApplication::translate(
                   "ExportSink", "Refusing to write %1: something other than a file is in the way")
            .arg(relativePath);
    if (existing.exists() && !m_ours.contains(relativePath))
        return QCoreApplication::translate(
                   "ExportSink", "Refusing to overwrite %1: Spill did not write that file")
            .arg(relativePath);
    *absolutePath = target;
    return {};
}

QString DirectorySink::record(const QString &relativePath)
{
    if (m_ours.contains(relativePath))
        return {};
    // Appended before the file is written: a file Spill wrote is always
    // Spill's, even when the disk fills up or Spill dies right after, and
    // the lines already there are never rewritten.
    const QString path = QDir(m_root).filePath(manifestName());
    // After a line cut short, a NUL ends it: no path holds one, so it can
    // never claim a file, and the new line starts clean.
    const QByteArray line =
        (m_tornManifest ? QByteArray("\0\n", 2) : QByteArray()) + relativePath.toUtf8() + '\n';
    QString refusal;
    const int fd = openLedger(path, O_WRONLY | O_APPEND | O_CREAT, &refusal);
    if (!refusal.isEmpty())
        return refusal;
    int error = fd < 0 ? errno : 0;
    qsizetype done = 0;
    while (error == 0 && done < line.size()) {
        const ssize_t written = ::write(fd, line.constData() + done, size_t(line.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            error = written < 0 ? errno : EIO;
        else
            done += written;
    }
    if (error == 0 && m_durability == Durability::EachFile && ::fdatasync(fd) != 0)
        error = errno;
    if (fd >= 0)
        ::close(fd);
    if (error != 0) {
        // A torn line ends without a newline; the next line must not join it.
        m_tornManifest = true;
        return QCoreApplication::translate("ExportSink", "Cannot record %1 in %2: %3")
            .arg(relativePath, path, qt_error_string(error));
    }
    m_tornManifest = false;
    m_ours.insert(relativePath);
    return {};
}

QString DirectorySink::write(const QString &relativePath, const QByteArray &bytes)
{
    QString target;
    if (QString error = prepare(relativePath, &target); !error.isEmpty())
        return error;
    if (QString error = record(relativePath); !error.isEmpty())
        return error;
    if (m_durability == Durability::EachFile) {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, file.errorString());
        if (const QString reason = writeWhole(file, bytes); !reason.isEmpty())
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, reason);
    } else {
        QFile file(temporaryNameBeside(target));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, file.errorString());
        const int error = writeAll(file.handle(), bytes);
        file.close();
        if (error != 0 || !renameOver(file.fileName(), target)) {
            const int reason = error != 0 ? error : errno;
            file.remove();
            return cannotWrite(target, reason);
        }
    }
    return {};
}

QString DirectorySink::copyFile(const QString &relativePath, const QString &sourcePath)
{
    QString target;
    if (QString error = prepare(relativePath, &target); !error.isEmpty())
        return error;
    if (QString error = record(relativePath); !error.isEmpty())
        return error;
    if (m_durability == Durability::EachFile) {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, file.errorString());
        if (QString error = copyInto(file, sourcePath, target); !error.isEmpty())
            return error;
        if (const QString reason = commitWhole(file); !reason.isEmpty())
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, reason);
    } else {
        QFile file(temporaryNameBeside(target));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, file.errorString());
        QString error = copyInto(file, sourcePath, target);
        file.close();
        if (error.isEmpty() && !renameOver(file.fileName(), target))
            error = QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                        .arg(target, QCoreApplication::translate("ExportSink", "rename failed"));
        if (!error.isEmpty()) {
            file.remove();
            return error;
        }
    }
    return {};
}

QString DirectorySink::writeWith(const QString &relativePath, const ExportProducer &produce)
{
    QString target;
    if (QString error = prepare(relativePath, &target); !error.isEmpty())
        return error;
    if (QString error = record(relativePath); !error.isEmpty())
        return error;
    if (m_durability == Durability::EachFile) {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, file.errorString());
        if (QString error = failureOf(produce(file), target); !error.isEmpty()) {
            file.cancelWriting();
            return error;
        }
        if (const QString reason = commitWhole(file); !reason.isEmpty())
            return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                .arg(target, reason);
        return {};
    }
    QFile file(temporaryNameBeside(target));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
            .arg(target, file.errorString());
    QString error = failureOf(produce(file), target);
    if (error.isEmpty() && !file.flush())
        error = QCoreApplication::translate("ExportSink", "Cannot write %1: %2")
                    .arg(target, file.errorString());
    file.close();
    if (error.isEmpty() && !renameOver(file.fileName(), target))
        error = cannotWrite(target, errno);
    if (!error.isEmpty()) {
        file.remove();
        return error;
    }
    return {};
}

QString DirectorySink::check(const QStringList &relativePaths)
{
    if (QString error = loadManifest(); !error.isEmpty())
        return error;
    for (const QString &path : relativePaths) {
        QString target;
        if (QString error = prepare(path, &target, false); !error.isEmpty())
            return error;
    }
    return {};
}

QString DirectorySink::finish()
{
    if (QString error = loadManifest(); !error.isEmpty())
        return error;
    if (m_durability == Durability::AtFinish) {
        // One sync of the file system holding the folder replaces an fsync per file.
        const int fd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0 || ::syncfs(fd) != 0) {
            if (fd >= 0)
                ::close(fd);
            return QCoreApplication::translate("ExportSink", "Cannot flush the files in %1 to disk")
                .arg(m_root);
        }
        ::close(fd);
    }
    return {};
}

} // namespace Spill
