// SPDX-License-Identifier: GPL-3.0-or-later
// What the web preview's loader reads ahead of Chromium's first calls: the
// pages of a library loaded since a moment, and data files, checked with
// what the kernel says is mapped in (/proc/self/smaps) and in its cache
// (mincore).
#include "export/libraryprefetch.h"

#include <QFile>
#include <QLibrary>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace Spill;

namespace {

struct Residence
{
    qint64 size = 0; // bytes mapped read-only from the file
    qint64 mappedIn = 0; // of those, in this process's page tables
};

// The read-only mappings of `path`, from /proc/self/smaps: a mapping's
// first line holds its permissions and path, "Size:" and "Rss:" follow.
Residence readOnlyResidence(const QString &path)
{
    Residence residence;
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    REQUIRE(smaps.open(QIODevice::ReadOnly | QIODevice::Text));
    bool inside = false;
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.isEmpty())
            continue;
        if (fields.first().contains('-') && fields.size() >= 5) {
            const QByteArray &perms = fields.at(1);
            inside = fields.size() >= 6 && QString::fromLocal8Bit(fields.at(5)) == path &&
                perms.at(0) == 'r' && perms.at(1) != 'w';
        } else if (inside && fields.size() >= 2 && fields.first() == "Size:") {
            residence.size += fields.at(1).toLongLong() * 1024;
        } else if (inside && fields.size() >= 2 && fields.first() == "Rss:") {
            residence.mappedIn += fields.at(1).toLongLong() * 1024;
        }
    }
    return residence;
}

// How many bytes of the file at `path` are in the system's cache.
qint64 cachedBytes(const QString &path)
{
    const int fd = open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    const off_t size = lseek(fd, 0, SEEK_END);
    void *map = mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    REQUIRE(map != MAP_FAILED);
    const long page = sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> pages(size_t((size + page - 1) / page));
    REQUIRE(mincore(map, size_t(size), pages.data()) == 0);
    munmap(map, size_t(size));
    qint64 cached = 0;
    for (unsigned char state : pages)
        cached += (state & 1) ? page : 0;
    return std::min<qint64>(cached, size);
}

} // namespace

TEST_CASE("library prefetch: a library loaded since is mapped in whole, nothing else counted")
{
    const QString path = QStringLiteral(SPILL_TEST_PREFETCH_FIXTURE);
    const QSet<QString> before = LibraryPrefetch::mappedFiles();
    REQUIRE(!before.isEmpty());
    REQUIRE(!before.contains(path));

    QLibrary library(path);
    library.setLoadHints(QLibrary::PreventUnloadHint);
    REQUIRE(library.load());
    REQUIRE(LibraryPrefetch::mappedFiles().contains(path));
    const Residence loaded = readOnlyResidence(path);
    // The 4 MiB table is mapped but not read by loading.
    REQUIRE(loaded.size >= 4 << 20);
    REQUIRE(loaded.mappedIn < loaded.size / 2);

    const qint64 bytes = LibraryPrefetch::mapInSince(before);

    const Residence prefetched = readOnlyResidence(path);
    CHECK(prefetched.mappedIn == prefetched.size);
    // The fixture brings no library of its own: only its pages are counted.
    CHECK(bytes == prefetched.size);
    // Nothing new since: nothing to do.
    CHECK(LibraryPrefetch::mapInSince(LibraryPrefetch::mappedFiles()) == 0);
}

TEST_CASE("library prefetch: data files are read into the system's cache, missing ones passed over")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("resources.pak"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, 'p');
        for (int i = 0; i < 3; ++i)
            REQUIRE(file.write(block) == block.size());
        REQUIRE(file.flush());
        REQUIRE(fsync(file.handle()) == 0);
        // Written back to the disk, the pages may be dropped from the cache.
        REQUIRE(posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED) == 0);
    }
    if (cachedBytes(path) > (1 << 20)) {
        WARN("the system kept the file in its cache: the read-ahead cannot be told apart");
        return;
    }

    const qint64 bytes =
        LibraryPrefetch::readAhead({dir.filePath(QStringLiteral("missing.pak")), path});

    CHECK(bytes == 3 << 20);
    CHECK(cachedBytes(path) == 3 << 20);
}
