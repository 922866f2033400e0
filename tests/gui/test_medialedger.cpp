// SPDX-License-Identifier: GPL-3.0-or-later
// The edited-photo ledger and the evidence timeline in the Write place:
// real photos tagged by exiftool as a phone and an editor would, imported
// through the strip.
#include "editor/evidencetimelineview.h"
#include "mediafixtures.h"
#include "mediastripfixture.h"
#include "story/coach.h"

#include <QLabel>
#include <QLocale>

using namespace Spill;
using namespace Spill::Test::MediaStripTests;
using namespace Qt::StringLiterals;

namespace {

// A photo in `dir` with the tags exiftool writes into it.
QString taggedPhoto(const QString &dir, const QString &name, int seed, const QStringList &tags)
{
    QFile plain(writePhoto(dir, name, seed));
    REQUIRE(plain.open(QIODevice::ReadOnly));
    QString error;
    const QByteArray tagged = Test::withTags(plain.readAll(), tags, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(tagged.isEmpty());
    plain.close();
    REQUIRE(Test::writeFile(plain.fileName(), tagged));
    return plain.fileName();
}

} // namespace

TEST_CASE("write place: a photo edited after it was taken is marked, and the creator may answer",
          "[gui][media][ledger]")
{
    Fixture f;
    f.import(
        Beat::WentWrong,
        {taggedPhoto(f.sources.path(), u"door.jpg"_s, 31,
                     {u"-DateTimeOriginal=2026:11:20 18:43:10"_s, u"-Make=Google"_s,
                      u"-Model=Pixel 7"_s, u"-XMP-crs:HasCrop=True"_s, u"-XMP-crs:Vibrance=+20"_s}),
         taggedPhoto(
             f.sources.path(), u"oven.jpg"_s, 32,
             {u"-DateTimeOriginal=2026:11:20 18:42:00"_s, u"-Make=Google"_s, u"-Model=Pixel 7"_s}),
         writePhoto(f.sources.path(), u"plate.jpg"_s, 33)});
    REQUIRE(f.media().size() == 3);
    MediaStrip *strip = f.strip(Beat::WentWrong);
    MediaItemEditor *details = strip->itemEditor();
    f.editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.editor));

    SECTION("nominal: the ledger is read on import and shown with the photo")
    {
        CHECK(f.media().at(0).origin.edited);
        CHECK(f.media().at(0).origin.edits == QStringList {u"crop"_s, u"colour"_s});
        CHECK_FALSE(f.media().at(1).origin.edited);
        CHECK(tile(strip, 0).data(MediaStripModel::EditedMarkRole).toBool());
        CHECK_FALSE(tile(strip, 1).data(MediaStripModel::EditedMarkRole).toBool());

        strip->selectSlot(0);
        CHECK(details->originLabel()->isVisibleTo(details));
        CHECK(details->originLabel()->text().contains(u"Google Pixel 7"_s));
        CHECK(details->originLabel()->text().contains(
            u"Edited: "_s + QLocale().createSeparatedList({u"crop"_s, u"colour"_s})));
        CHECK(details->editedMarkBox()->isVisibleTo(details));
        CHECK(details->editedMarkBox()->isChecked());
        CHECK_FALSE(details->editedReasonEdit()->isVisibleTo(details));

        // Straight from the camera: the ledger, and no mark to turn off.
        strip->selectSlot(1);
        CHECK(details->originLabel()->text().contains(u"Not edited"_s));
        CHECK_FALSE(details->editedMarkBox()->isVisibleTo(details));
    }

    SECTION("nominal: turning the mark off asks why; the answer and the mark undo")
    {
        strip->selectSlot(0);
        details->editedMarkBox()->setFocus();
        QTest::keyClick(details->editedMarkBox(), Qt::Key_Space);
        CHECK(f.media().at(0).editedMarkOff);
        CHECK_FALSE(tile(strip, 0).data(MediaStripModel::EditedMarkRole).toBool());
        REQUIRE(details->editedReasonEdit()->isVisibleTo(details));
        const QList<CoachFinding> asked = coachStory(f.editor.story());
        CHECK(std::any_of(asked.cbegin(), asked.cend(), [](const CoachFinding &finding) {
            return finding.id == u"edited-unmarked:0";
        }));

        // The coach's item puts the cursor where the answer goes.
        details->editedReasonEdit()->clearFocus();
        f.editor.focusMediaEditedMark(0);
        CHECK(QApplication::focusWidget() == details->editedReasonEdit());
        QTest::keyClicks(details->editedReasonEdit(), u"Only straightened"_s);
        CHECK(f.media().at(0).editedMarkReason == u"Only straightened");

        QUndoStack *stack = f.editor.document()->undoStack();
        stack->undo(); // the answer
        CHECK(f.media().at(0).editedMarkReason.isEmpty());
        stack->undo(); // the mark
        CHECK_FALSE(f.media().at(0).editedMarkOff);
        CHECK(details->editedMarkBox()->isChecked());
        CHECK_FALSE(details->editedReasonEdit()->isVisibleTo(details));
    }

    SECTION("nominal: the timeline under what went wrong lists them as taken")
    {
        const auto *timeline = f.editor.findChild<EvidenceTimelineView *>();
        REQUIRE(timeline);
        CHECK(timeline->isVisibleTo(&f.editor));
        const QLocale locale;
        CHECK(timeline->lines() ==
              QStringList {
                  locale.toString(QTime(18, 42), QLocale::ShortFormat) + u" photo 2"_s,
                  locale.toString(QTime(18, 43, 10), QLocale::ShortFormat) + u" photo 1"_s,
                  u"no capture time photo 3"_s,
              });

        // A caption names the photo there too, and removing a timed photo
        // leaves one time: no timeline.
        strip->selectSlot(1);
        QTest::keyClicks(details->captionEdit(), u"Oven door opened"_s);
        CHECK(timeline->lines().first().endsWith(u"Oven door opened (photo 2)"_s));
        strip->selectSlot(0);
        QTest::keyClick(strip->view(), Qt::Key_Delete);
        CHECK(timeline->lines().isEmpty());
        CHECK_FALSE(timeline->isVisibleTo(&f.editor));
    }
}
