// SPDX-License-Identifier: GPL-3.0-or-later
// `spill check` on healthy, damaged and incomplete libraries.
#include "clistories.h"
#include "clitestsupport.h"
#include "library/library.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Spill;
using namespace Spill::Test;

TEST_CASE("spill check")
{
    const StoryFiles files;
    const QString library = files.library();
    const SpillRun imported =
        runSpillOn(library, QStringLiteral("import"), {sampleStory(), files.souffle()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString database = QDir(library).filePath(QStringLiteral("library.sqlite"));

    SECTION("nominal: a healthy library passes")
    {
        const SpillRun r = runSpillOn(library, QStringLiteral("check"));
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.outLines() ==
              QStringList {QStringLiteral("library: ") + database,
                           QStringLiteral("integrity_check: ok"),
                           QStringLiteral("foreign_key_check: ok"),
                           QStringLiteral("media: 3 files referenced, all present")});
    }

    SECTION("robustness: a damaged library file fails the check, naming the file")
    {
        // Spill has closed the library: its WAL is folded back into the file.
        REQUIRE_FALSE(QFileInfo::exists(database + QStringLiteral("-wal")));
        QFile file(database);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        REQUIRE(file.size() > 4 * pageSize);
        // The header of every page after the first: each page in use is damaged.
        for (qint64 page = pageSize; page + pageSize <= file.size(); page += pageSize) {
            REQUIRE(file.seek(page));
            REQUIRE(file.write(QByteArray(12, '\x5a')) == 12);
        }
        file.close();

        const SpillRun r = runSpillOn(library, QStringLiteral("check"));
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(database));
        CHECK_FALSE(r.out.contains(QStringLiteral("integrity_check: ok")));
    }

    SECTION("robustness: a media file a story needs is missing")
    {
        OpenResult opened = Library::open(library, OpenMode::ReadOnly);
        REQUIRE(opened);
        const std::optional<Story> sample =
            opened.library->storyBySlug(QString::fromLatin1(SampleSlug));
        REQUIRE(sample);
        const QString hash = sample->media.at(1).hash;
        opened.library.reset();
        REQUIRE(QFile::remove(
            QDir(library).filePath(QStringLiteral("media/") + hash + QStringLiteral(".jpg"))));

        const SpillRun r = runSpillOn(library, QStringLiteral("check"));
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(QStringLiteral("integrity_check: ok")));
        CHECK(r.out.contains(QStringLiteral("media: missing ") + hash +
                             QStringLiteral(" (\"reality.jpg\" in the story \"") +
                             QString::fromLatin1(SampleSlug)));
        CHECK(r.err.contains(QStringLiteral("1 media file used by stories is missing")));
    }

    SECTION("nominal: leftovers of an interrupted import are named, not deleted")
    {
        const QString leftover = QDir(library).filePath(QStringLiteral("media/.import-Ab12Cd"));
        writeBytes(leftover, "half a photo");
        const SpillRun r = runSpillOn(library, QStringLiteral("check"));
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("media: leftover temporary file ") + leftover));
        CHECK(QFileInfo::exists(leftover));
    }
}
