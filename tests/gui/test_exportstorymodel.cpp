// SPDX-License-Identifier: GPL-3.0-or-later
// The Export place's story list follows the library service row by row.
#include "export/exportstorymodel.h"
#include "library/libraryservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;

namespace {

template<typename T> T await(QFuture<T> future)
{
    REQUIRE(QTest::qWaitFor([&] { return future.isFinished(); }, 10000));
    QCoreApplication::processEvents(); // the service's signals, posted before
    return future.result();
}

} // namespace

TEST_CASE("export story model: follows the library service without a reset")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    OpenResult opened = Library::open(dir.filePath(QStringLiteral("lib")));
    REQUIRE(opened);
    Library &library = *opened.library;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-3);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Story story;
        story.title = QStringLiteral("Story %1").arg(i);
        story.created = base;
        story.updated = base.addSecs(i * 60);
        ids.append(library.createStory(story));
    }
    LibraryService service(library.handle());
    ExportStoryModel model(service);
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.idAt(0) == ids.at(2));

    SECTION("nominal: a trashed story leaves, and its check with it; restored, it comes back")
    {
        model.setChecked({ids.at(1)});
        REQUIRE(await(service.moveToTrash({ids.at(1)})).ok());
        CHECK(model.rowCount() == 2);
        CHECK(model.rowOf(ids.at(1)) == -1);
        CHECK(model.checkedIds().isEmpty());
        REQUIRE(await(service.restoreFromTrash({ids.at(1)})).ok());
        CHECK(model.rowOf(ids.at(1)) == 1);
    }

    SECTION("nominal: an edited story moves to the top with its new title")
    {
        Story story = *library.story(ids.at(0));
        story.title = QStringLiteral("Now first");
        story.updated = QDateTime::currentDateTimeUtc();
        REQUIRE(library.saveStory(story));
        service.noteSaved(ids.at(0));
        REQUIRE(QTest::qWaitFor([&] { return model.idAt(0) == ids.at(0); }, 5000));
        CHECK(model.index(0).data(ExportStoryModel::TitleRole).toString() ==
              QStringLiteral("Now first"));
        CHECK(model.rowCount() == 3);
    }

    SECTION("nominal: a new story comes in at the top")
    {
        Story story;
        story.title = QStringLiteral("Fresh");
        const qint64 id = await(service.createStory(story)).value;
        CHECK(model.idAt(0) == id);
        CHECK(model.rowCount() == 4);
    }
    CHECK(resets.isEmpty());
}
