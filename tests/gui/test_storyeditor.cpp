// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/beatedit.h"
#include "editor/beatsection.h"
#include "editor/beatsteplist.h"
#include "editor/chipgroup.h"
#include "editor/metadatapanel.h"
#include "editor/storyeditor.h"
#include "editor/tagedit.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace Spill;

namespace {

Story fullStory()
{
    Story story;
    story.id = 42;
    story.slug = QStringLiteral("souffle-that-wasnt");
    story.title = QStringLiteral("The Soufflé That Wasn't");
    story.dish = QStringLiteral("Cheese soufflé");
    story.recipeUrl = QStringLiteral("https://example.com/souffle");
    for (Beat beat : AllBeats)
        story.beat(beat) = QStringLiteral("Text of %1.\n\nSecond *paragraph*.").arg(beatKey(beat));
    story.failureKinds = {FailureKind::Collapsed, FailureKind::Equipment, FailureKind::Other};
    story.tags = {QStringLiteral("baking"), QStringLiteral("eggs")};
    story.outcome = Outcome::Partly;
    story.status = Status::Published;
    story.publishedUrl = QStringLiteral("https://blog.example/souffle");
    story.language = QStringLiteral("en_GB");
    story.created = QDateTime(QDate(2026, 11, 20), QTime(18, 30), Qt::UTC);
    story.updated = QDateTime(QDate(2026, 11, 21), QTime(9, 12), Qt::UTC);
    MediaItem photo;
    photo.id = 7;
    photo.hash = QStringLiteral("abc123");
    photo.beat = Beat::WentWrong;
    photo.role = MediaRole::Reality;
    photo.alt = QStringLiteral("A sunken soufflé");
    story.media = {photo};
    return story;
}

// A shown, active editor, so keyboard focus and shortcuts behave as for a
// creator.
struct ShownEditor
{
    StoryEditor editor;

    ShownEditor()
    {
        editor.resize(1000, 700);
        editor.show();
        editor.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&editor));
    }
};

// Restyles every character, as the Markdown highlighter and spell checker
// will.
class BoldHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        setFormat(0, int(text.size()), format);
    }
};

bool isInput(QWidget *widget)
{
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
        qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
        qobject_cast<QAbstractItemView *>(widget);
}

} // namespace

TEST_CASE("story editor: the story goes in and comes out unchanged")
{
    StoryEditor editor;
    QSignalSpy edited(&editor, &StoryEditor::storyEdited);

    SECTION("nominal: every field survives a round trip")
    {
        const Story story = fullStory();
        editor.setStory(story);
        CHECK(editor.story() == story);
        CHECK(edited.isEmpty());
    }

    SECTION("nominal: an unset outcome and a draft stay so")
    {
        Story story = fullStory();
        story.outcome.reset();
        story.status = Status::Draft;
        story.publishedUrl.clear();
        editor.setStory(story);
        CHECK(editor.story() == story);
        CHECK_FALSE(editor.story().outcome.has_value());
    }

    SECTION("nominal: a new story replaces the old one completely")
    {
        editor.setStory(fullStory());
        editor.setStory(Story {});
        CHECK(editor.story() == Story {});
        for (Beat beat : AllBeats)
            CHECK(editor.stepList()->progress(beat) == BeatProgress::Empty);
    }

    SECTION("robustness: tags are trimmed and deduplicated, ignoring case")
    {
        CHECK(TagEdit::parseTags(QStringLiteral(" baking ,eggs,, Baking,  sour  dough ,")) ==
              QStringList {QStringLiteral("baking"), QStringLiteral("eggs"),
                           QStringLiteral("sour dough")});
    }
}

TEST_CASE("story editor: typing into the beats")
{
    ShownEditor shown;
    StoryEditor &editor = shown.editor;
    QSignalSpy edited(&editor, &StoryEditor::storyEdited);

    SECTION("nominal: typing into each beat changes the story and reports the edit")
    {
        for (Beat beat : AllBeats) {
            INFO(beatKey(beat).toStdString());
            const qsizetype before = edited.count();
            editor.focusBeat(beat);
            QTest::keyClicks(editor.beatEditor(beat), QStringLiteral("Words for ") + beatKey(beat));
            CHECK(editor.story().beat(beat) == QStringLiteral("Words for ") + beatKey(beat));
            CHECK(edited.count() > before);
        }
        // Every beat kept its own text.
        for (Beat beat : AllBeats)
            CHECK(editor.story().beat(beat).endsWith(beatKey(beat)));
    }

    SECTION("nominal: editing the details reports the edit too")
    {
        editor.focusTitle();
        QTest::keyClicks(editor.metadata()->titleEdit(), QStringLiteral("Burnt toast"));
        CHECK(editor.story().title == QStringLiteral("Burnt toast"));
        CHECK(edited.count() == 11);
    }

    SECTION("nominal: the step list follows the writing, from empty to done")
    {
        const Beat beat = Beat::Lesson;
        CHECK(editor.stepList()->progress(beat) == BeatProgress::Empty);
        editor.focusBeat(beat);
        QTest::keyClicks(editor.beatEditor(beat), QStringLiteral("Keep the door shut"));
        CHECK(editor.stepList()->progress(beat) == BeatProgress::Started);
        QTest::keyClicks(editor.beatEditor(beat),
                         QStringLiteral(" for the first twenty-five minutes, and if you really "
                                        "must look, switch on the oven light instead."));
        CHECK(editor.stepList()->progress(beat) == BeatProgress::Done);
        editor.beatEditor(beat)->selectAll();
        QTest::keyClick(editor.beatEditor(beat), Qt::Key_Delete);
        CHECK(editor.stepList()->progress(beat) == BeatProgress::Empty);
    }

    SECTION("robustness: a very long beat is counted once typing pauses")
    {
        Story story;
        story.beat(Beat::Lesson) = QString(60'000, u'.');
        editor.setStory(story);
        BeatStepList *steps = editor.stepList();
        QListWidgetItem *step = steps->item(beatIndex(Beat::Lesson));
        CHECK(steps->progress(Beat::Lesson) == BeatProgress::Started);
        CHECK(step->data(BeatStepList::WordsRole).toInt() == 0);

        editor.focusBeat(Beat::Lesson);
        editor.beatEditor(Beat::Lesson)->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.beatEditor(Beat::Lesson), QStringLiteral(" one two"));
        CHECK(edited.count() == 8);
        for (int i = 0; i < 200 && step->data(BeatStepList::WordsRole).toInt() == 0; ++i)
            QTest::qWait(20);
        CHECK(step->data(BeatStepList::WordsRole).toInt() == 2);
    }

    SECTION("robustness: a highlighter restyling the text is not an edit")
    {
        editor.setStory(fullStory());
        edited.clear();
        auto *highlighter = new BoldHighlighter(editor.beatEditor(Beat::Salvage)->document());
        highlighter->rehighlight();
        QApplication::processEvents();
        CHECK(edited.isEmpty());
        CHECK(editor.stepList()->progress(Beat::Salvage) == BeatProgress::Started);
    }
}

TEST_CASE("story editor: moving around by keyboard")
{
    ShownEditor shown;
    StoryEditor &editor = shown.editor;
    editor.setStory(fullStory());

    SECTION("nominal: Ctrl+1 to Ctrl+5 put the cursor in that beat's editor")
    {
        editor.focusTitle();
        QSignalSpy changed(&editor, &StoryEditor::currentBeatChanged);
        for (Beat beat :
             {Beat::CallToAction, Beat::WentWrong, Beat::Lesson, Beat::Intended, Beat::Salvage}) {
            INFO(beatKey(beat).toStdString());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + beatIndex(beat)),
                            Qt::ControlModifier);
            CHECK(QApplication::focusWidget() == editor.beatEditor(beat));
            CHECK(editor.currentBeat() == beat);
        }
        CHECK(changed.count() == 5);
    }

    SECTION("nominal: Alt+K moves to the failure kinds without choosing one")
    {
        editor.focusTitle();
        const QList<FailureKind> before = editor.story().failureKinds;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
        QToolButton *first = editor.metadata()->chips()->chips().constFirst();
        CHECK(QApplication::focusWidget() == first);
        // A label's key clicks a button that is its buddy; not this one.
        QTest::qWait(200); // longer than a button's animated click
        CHECK(editor.story().failureKinds == before);
        CHECK(first->isChecked() == before.contains(FailureKind::Burnt));
        // Tab from the first chip goes to the next chip, not to the group.
        QTest::keyClick(first, Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == editor.metadata()->chips()->chips().at(1));
    }

    SECTION("nominal: a step clicked in the list opens its beat from the top")
    {
        auto *page = editor.findChild<QScrollArea *>(QStringLiteral("pageScroll"));
        REQUIRE(page);
        for (Beat beat : {Beat::Lesson, Beat::WentWrong, Beat::CallToAction}) {
            INFO(beatKey(beat).toStdString());
            QPlainTextEdit *beatEditor = editor.beatEditor(beat);
            QTextCursor end = beatEditor->textCursor();
            end.movePosition(QTextCursor::End);
            beatEditor->setTextCursor(end);
            emit editor.stepList()->beatActivated(beat);
            CHECK(QApplication::focusWidget() == beatEditor);
            CHECK(beatEditor->textCursor().position() == 0);
            CHECK(editor.currentBeat() == beat);
            // The beat's heading (above its text) is at the top of the page.
            QCoreApplication::processEvents();
            const int editorTop = beatEditor->mapTo(page->viewport(), QPoint(0, 0)).y();
            const int line = editor.fontMetrics().height();
            if (page->verticalScrollBar()->value() < page->verticalScrollBar()->maximum()) {
                CHECK(editorTop > 0);
                CHECK(editorTop < line * 12); // heading, question and hint above it
            }
        }
    }

    SECTION("nominal: a beat leaves the mouse wheel to the page, which scrolls")
    {
        // Qt passes a real wheel event on to the parents only when the
        // widget under the mouse ignores it; a sent one goes nowhere else.
        QWidget *viewport = editor.beatEditor(Beat::Intended)->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent overBeat(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                             Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &overBeat);
        CHECK_FALSE(overBeat.isAccepted());

        auto *page = editor.findChild<QScrollArea *>(QStringLiteral("pageScroll"));
        REQUIRE(page);
        REQUIRE(page->verticalScrollBar()->maximum() > 0);
        QWheelEvent overPage(at, page->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                             Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(page->viewport(), &overPage);
        CHECK(page->verticalScrollBar()->value() > 0);
    }

    SECTION("nominal: arrow keys run on from one beat into the next")
    {
        editor.focusBeat(Beat::WentWrong);
        QPlainTextEdit *wentWrong = editor.beatEditor(Beat::WentWrong);
        wentWrong->moveCursor(QTextCursor::End);
        QTest::keyClick(wentWrong, Qt::Key_Down);
        QPlainTextEdit *salvage = editor.beatEditor(Beat::Salvage);
        CHECK(QApplication::focusWidget() == salvage);
        CHECK(salvage->textCursor().position() == 0);
        QTest::keyClick(salvage, Qt::Key_Up);
        CHECK(QApplication::focusWidget() == wentWrong);
        CHECK(wentWrong->textCursor().atEnd());
        // Inside a beat the arrows move between lines as usual.
        QTest::keyClick(wentWrong, Qt::Key_Up);
        CHECK(QApplication::focusWidget() == wentWrong);
        CHECK_FALSE(wentWrong->textCursor().atEnd());
    }

    SECTION("nominal: Return in a detail field moves on to the next one")
    {
        editor.focusTitle();
        QTest::keyClick(editor.metadata()->titleEdit(), Qt::Key_Return);
        CHECK(QApplication::focusWidget() == editor.metadata()->dishEdit());
    }

    SECTION("nominal: focusTitle() puts the cursor in the title")
    {
        editor.focusBeat(Beat::Lesson);
        editor.focusTitle();
        CHECK(QApplication::focusWidget() == editor.metadata()->titleEdit());
    }

    SECTION("nominal: Enter on a step jumps to its beat")
    {
        BeatStepList *steps = editor.stepList();
        steps->setFocus();
        steps->setCurrentRow(beatIndex(Beat::Lesson));
        QTest::keyClick(steps, Qt::Key_Return);
        CHECK(QApplication::focusWidget() == editor.beatEditor(Beat::Lesson));
        CHECK(steps->currentRow() == beatIndex(Beat::Lesson));
    }

    SECTION("nominal: a click on a step jumps to its beat")
    {
        BeatStepList *steps = editor.stepList();
        const QRect rect = steps->visualItemRect(steps->item(beatIndex(Beat::Salvage)));
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, rect.center());
        CHECK(QApplication::focusWidget() == editor.beatEditor(Beat::Salvage));
    }

    SECTION("nominal: Tab walks from the title through every field and beat in order")
    {
        editor.focusTitle();
        QList<QWidget *> visited;
        for (int i = 0; i < 60 && !visited.contains(QApplication::focusWidget()); ++i) {
            visited.append(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const MetadataPanel *metadata = editor.metadata();
        QList<QWidget *> expected = metadata->focusChain();
        for (Beat beat : AllBeats) {
            expected.append(editor.section(beat)->exampleToggle());
            expected.append(editor.beatEditor(beat));
        }
        for (QWidget *widget : expected) {
            INFO(widget->objectName().toStdString() + " " + widget->accessibleName().toStdString());
            CHECK(visited.contains(widget));
        }
        qsizetype last = -1;
        for (Beat beat : AllBeats) {
            const qsizetype at = visited.indexOf(editor.beatEditor(beat));
            CHECK(at > last);
            last = at;
        }
        CHECK(visited.indexOf(metadata->titleEdit()) < visited.indexOf(metadata->dishEdit()));
    }

    SECTION("nominal: the position in the story is kept and restored")
    {
        const EditorPosition inBeat {EditorPosition::Field::Beat, Beat::Lesson, 5};
        editor.setPosition(inBeat);
        CHECK(QApplication::focusWidget() == editor.beatEditor(Beat::Lesson));
        CHECK(editor.position() == inBeat);

        const EditorPosition inDish {EditorPosition::Field::Dish, Beat::Intended, 3};
        editor.setPosition(inDish);
        CHECK(editor.position() == inDish);
        CHECK(editor.metadata()->dishEdit()->cursorPosition() == 3);
    }

    SECTION("robustness: a position past the end of the text lands at its end")
    {
        editor.setPosition({EditorPosition::Field::Beat, Beat::Salvage, 100000});
        const int end = editor.beatEditor(Beat::Salvage)->document()->characterCount() - 1;
        CHECK(editor.position().cursor == end);
    }
}

TEST_CASE("story editor: the details")
{
    ShownEditor shown;
    StoryEditor &editor = shown.editor;
    MetadataPanel *metadata = editor.metadata();
    QSignalSpy edited(&editor, &StoryEditor::storyEdited);

    SECTION("nominal: Space on a chip toggles its failure kind")
    {
        QToolButton *chip = metadata->chips()->chip(FailureKind::Burnt);
        REQUIRE(chip);
        chip->setFocus(Qt::TabFocusReason);
        QTest::keyClick(chip, Qt::Key_Space);
        CHECK(editor.story().failureKinds == QList<FailureKind> {FailureKind::Burnt});
        CHECK(edited.count() == 1);
        QTest::keyClick(chip, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        CHECK(next == metadata->chips()->chip(FailureKind::Collapsed));
        QTest::keyClick(next, Qt::Key_Space);
        QTest::keyClick(chip, Qt::Key_Space);
        CHECK(editor.story().failureKinds == QList<FailureKind> {FailureKind::Collapsed});
        CHECK(edited.count() == 3);
    }

    SECTION("nominal: arrow keys step between the chips")
    {
        QToolButton *burnt = metadata->chips()->chip(FailureKind::Burnt);
        burnt->setFocus(Qt::TabFocusReason);
        QTest::keyClick(burnt, Qt::Key_Right);
        CHECK(QApplication::focusWidget() == metadata->chips()->chip(FailureKind::Collapsed));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        CHECK(QApplication::focusWidget() == burnt);
        QTest::keyClick(burnt, Qt::Key_Left);
        CHECK(QApplication::focusWidget() == burnt);
        CHECK(edited.isEmpty());
    }

    SECTION("nominal: the published address shows only for published stories")
    {
        QLineEdit *published = metadata->publishedUrlEdit();
        CHECK_FALSE(published->isVisible());
        Story story = fullStory();
        editor.setStory(story);
        CHECK(published->isVisible());
        story.status = Status::Ready;
        editor.setStory(story);
        CHECK_FALSE(published->isVisible());

        QComboBox *status = metadata->statusBox();
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        CHECK(editor.story().status == Status::Published);
        CHECK(published->isVisible());
        CHECK(edited.count() == 1);
    }

    SECTION("nominal: a recipe link that is not a web address is pointed out")
    {
        QLineEdit *url = metadata->recipeUrlEdit();
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("example.com/souffle"));
        CHECK_FALSE(metadata->recipeUrlProblem().isEmpty());
        CHECK(url->accessibleDescription() == metadata->recipeUrlProblem());
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("https://example.com/souffle"));
        CHECK(metadata->recipeUrlProblem().isEmpty());
        url->clear();
        QTest::keyClicks(url, QStringLiteral("ftp://example.com/x"));
        CHECK_FALSE(metadata->recipeUrlProblem().isEmpty());
    }

    SECTION("robustness: only http and https addresses with a host are web addresses")
    {
        CHECK(MetadataPanel::isWebAddress(QString()));
        CHECK(MetadataPanel::isWebAddress(QStringLiteral("https://example.com/a?b=c")));
        CHECK(MetadataPanel::isWebAddress(QStringLiteral("HTTP://example.com")));
        CHECK_FALSE(MetadataPanel::isWebAddress(QStringLiteral("javascript:alert(1)")));
        CHECK_FALSE(MetadataPanel::isWebAddress(QStringLiteral("file:///etc/passwd")));
        CHECK_FALSE(MetadataPanel::isWebAddress(QStringLiteral("https://")));
        CHECK_FALSE(MetadataPanel::isWebAddress(QStringLiteral("www.example.com")));
    }

    SECTION("nominal: tags complete from the library's tags")
    {
        editor.setTagSuggestions(
            {QStringLiteral("baking"), QStringLiteral("bread"), QStringLiteral("eggs")});
        TagEdit *tags = metadata->tagEdit();
        tags->setFocus();
        QTest::keyClicks(tags, QStringLiteral("eggs, bak"));
        QCompleter *completer = tags->tagCompleter();
        CHECK(completer->completionCount() == 1);
        CHECK(completer->currentCompletion() == QStringLiteral("baking"));
        emit completer->activated(QStringLiteral("baking"));
        CHECK(tags->text() == QStringLiteral("eggs, baking"));
        CHECK(editor.story().tags ==
              QStringList {QStringLiteral("eggs"), QStringLiteral("baking")});
    }
}

TEST_CASE("story editor: accessible and palette-driven")
{
    ShownEditor shown;
    StoryEditor &editor = shown.editor;
    editor.setStory(fullStory());

    SECTION("nominal: every input has an accessible name")
    {
        int inputs = 0;
        const QList<QWidget *> children = editor.findChildren<QWidget *>();
        for (QWidget *widget : children) {
            if (!isInput(widget))
                continue;
            ++inputs;
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK_FALSE(widget->accessibleName().isEmpty());
        }
        CHECK(inputs >= 5 + 5 + FailureKindCount + 7);
    }

    SECTION("nominal: every beat shows its question, hint and an example to expand")
    {
        for (Beat beat : AllBeats) {
            BeatSection *section = editor.section(beat);
            QStringList texts;
            for (const QLabel *label : section->findChildren<QLabel *>())
                texts.append(label->text());
            CHECK(texts.contains(beatQuestion(beat)));
            CHECK(texts.contains(beatHint(beat)));
            CHECK_FALSE(section->isExampleShown());
            section->exampleToggle()->setFocus();
            QTest::keyClick(section->exampleToggle(), Qt::Key_Space);
            CHECK(section->isExampleShown());
            CHECK(texts.contains(beatExample(beat)));
        }
    }

    SECTION("nominal: a dark palette reaches the page, the fields and the beats")
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(43, 45, 49));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(31, 32, 35));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(53, 55, 59));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(61, 142, 216));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        editor.setPalette(dark);
        QApplication::processEvents();

        for (Beat beat : AllBeats) {
            const QPalette palette = editor.beatEditor(beat)->palette();
            CHECK(palette.color(QPalette::Text) == dark.color(QPalette::Text));
            CHECK(palette.color(QPalette::Base) == dark.color(QPalette::Base));
        }
        const QColor fill = editor.metadata()->dishEdit()->palette().color(QPalette::Base);
        CHECK(fill.lightness() < 80);
        CHECK(fill != dark.color(QPalette::Base));

        QWidget *page = editor.findChild<QWidget *>(QStringLiteral("page"));
        REQUIRE(page);
        const QImage image = page->grab().toImage();
        CHECK(image.pixelColor(2, image.height() / 2) == dark.color(QPalette::Base));
    }
}
