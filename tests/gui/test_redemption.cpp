// SPDX-License-Identifier: GPL-3.0-or-later
// Linking a fail to its redemption in the Write place, through the dialog
// that lists the library's stories, and back again with Undo.
#include "editor/redemptionedit.h"
#include "editor/storyeditor.h"
#include "mainwindowfixture.h"
#include "shell/keybindings.h"
#include "write/redemptiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTranslator>

using namespace Spill;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

namespace {

RedemptionDialog *openDialog(WritePlace &write)
{
    write.editor()->redemptionEdit()->linkButton()->click();
    RedemptionDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = write.findChild<RedemptionDialog *>();
            return dialog && dialog->isVisible();
        },
        5000));
    return dialog;
}

} // namespace

TEST_CASE("write place: a fail is linked to the story that redeemed it", "[gui][redemption]")
{
    TempWorkspace library;
    Story later;
    later.title = u"Soufflé, take two"_s;
    const qint64 laterId = library.workspace->library().createStory(later);
    Story fail;
    fail.title = u"The soufflé that sank"_s;
    const qint64 failId = library.workspace->library().createStory(fail);
    REQUIRE(laterId > 0);
    REQUIRE(failId > 0);

    MainWindow window(*library.workspace);
    window.resize(1280, 800);
    showActive(window);
    WritePlace *write = waitForWritePlace(window, true);
    write->openStory(failId);
    REQUIRE(QTest::qWaitFor(
        [&] { return write->currentStoryId() == failId && !write->isLoading(); }, 10000));
    RedemptionEdit *edit = write->editor()->redemptionEdit();
    CHECK(edit->summaryLabel()->text() == u"Not redeemed yet.");
    CHECK_FALSE(edit->unlinkButton()->isVisibleTo(edit));

    SECTION("nominal: the dialog lists the other stories; the choice is kept and undone")
    {
        RedemptionDialog *dialog = openDialog(*write);
        QSignalSpy loaded(dialog, &RedemptionDialog::loaded);
        REQUIRE((loaded.count() > 0 || loaded.wait(5000)));
        // Every key of the dialog does one thing, in English and German.
        CHECK(keyClashes(windowKeyBindings(dialog)).isEmpty());
        QComboBox *stories = dialog->storyBox();
        REQUIRE(stories->count() == 1); // the story itself is not offered
        CHECK(stories->itemText(0).startsWith(later.title));
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        CHECK(ok->isEnabled());
        dialog->dateEdit()->setDate(QDate(2026, 12, 1));
        ok->click();

        const Story linked = write->editor()->document()->story();
        CHECK(linked.redemption.storyId == laterId);
        CHECK(linked.redemption.on == QDate(2026, 12, 1));
        CHECK(edit->summaryLabel()->text().contains(u"“Soufflé, take two”"_s));
        CHECK(edit->unlinkButton()->isVisibleTo(edit));

        // Saved: the later story now names where it began.
        REQUIRE(write->flush());
        const std::optional<Story> readLater = library.workspace->library().story(laterId);
        REQUIRE(readLater);
        REQUIRE(readLater->redeems.size() == 1);
        CHECK(readLater->redeems.first().id == failId);

        write->editor()->document()->undoStack()->undo();
        CHECK_FALSE(write->editor()->document()->story().redemption.isSet());
        CHECK(edit->summaryLabel()->text() == u"Not redeemed yet.");
    }

    SECTION("nominal: in German the dialog's keys do not clash either")
    {
        QTranslator german;
        REQUIRE(german.load(u"spill_de"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&german);
        RedemptionDialog dialog(library.workspace->service(), fail);
        CHECK(dialog.windowTitle() == u"Wiedergutmachung verknüpfen");
        const QStringList clashes = keyClashes(windowKeyBindings(&dialog));
        INFO(clashes.join(u'\n').toStdString());
        CHECK(clashes.isEmpty());
        QCoreApplication::removeTranslator(&german);
    }

    SECTION("error: an address that is not the web is refused; a web one is taken")
    {
        RedemptionDialog *dialog = openDialog(*write);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog->urlEdit(), u"javascript:alert(1)"_s);
        CHECK(dialog->urlChoice()->isChecked());
        CHECK_FALSE(ok->isEnabled());
        dialog->urlEdit()->clear();
        QTest::keyClicks(dialog->urlEdit(), u"https://other.example/again"_s);
        CHECK(ok->isEnabled());
        ok->click();
        CHECK(write->editor()->document()->story().redemption.url ==
              u"https://other.example/again");
        edit->unlinkButton()->click();
        CHECK_FALSE(write->editor()->document()->story().redemption.isSet());
    }
}
