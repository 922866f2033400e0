// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryprefetch.h"

#include <QFile>
#include <QList>

#include <cerrno>
#include <sys/mman.h>
#include <unistd.h>

// Linux 5.14 and later; older headers lack the name.
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

namespace Spill::LibraryPrefetch {

namespace {

struct Mapping
{
    quintptr start = 0;
    quintptr end = 0;
    bool readOnly = false; // readable and not writable
    QString path;
};

// /proc/self/maps: "start-end perms offset dev inode   path", the path
// absolute for a file (other names: [heap], [stack], anonymous).
QList<Mapping> mappings()
{
    QList<Mapping> result;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    // A procfs file has no size: readAll() reads it to its end.
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || !fields.at(5).startsWith('/'))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const QByteArray &perms = fields.at(1);
        if (range.size() != 2 || perms.size() < 2)
            continue;
        Mapping mapping;
        bool startOk = false;
        bool endOk = false;
        mapping.start = range.at(0).toULongLong(&startOk, 16);
        mapping.end = range.at(1).toULongLong(&endOk, 16);
        if (!startOk || !endOk || mapping.end <= mapping.start)
            continue;
        mapping.readOnly = perms.at(0) == 'r' && perms.at(1) != 'w';
        // A path may hold spaces: it is the rest of the line.
        mapping.path = QString::fromLocal8Bit(line.mid(line.indexOf(fields.at(5))));
        result.append(mapping);
    }
    return result;
}

// Reads one byte of each page: for a kernel without MADV_POPULATE_READ.
void touchPages(const Mapping &mapping)
{
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    volatile char sink = 0;
    for (quintptr address = mapping.start; address < mapping.end; address += page)
        sink = *reinterpret_cast<const volatile char *>(address);
    Q_UNUSED(sink);
}

} // namespace

QSet<QString> mappedFiles()
{
    QSet<QString> files;
    for (const Mapping &mapping : mappings())
        files.insert(mapping.path);
    return files;
}

qint64 mapInSince(const QSet<QString> &before)
{
    qint64 bytes = 0;
    for (const Mapping &mapping : mappings()) {
        if (!mapping.readOnly || before.contains(mapping.path))
            continue;
        const auto length = size_t(mapping.end - mapping.start);
        if (madvise(reinterpret_cast<void *>(mapping.start), length, MADV_POPULATE_READ) != 0) {
            if (errno != EINVAL)
                continue; // ENOMEM and the like: the pages fault in when used
            touchPages(mapping);
        }
        bytes += qint64(length);
    }
    return bytes;
}

qint64 readAhead(const QStringList &paths)
{
    qint64 bytes = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        qint64 read = 0;
        while ((read = file.read(buffer.data(), buffer.size())) > 0)
            bytes += read;
    }
    return bytes;
}

} // namespace Spill::LibraryPrefetch
