// SPDX-License-Identifier: GPL-3.0-or-later
// No two keys clash in one window: every place of the main window, each of
// its menus, with a photo's details open (an edited one, so that all of
// them show), walked as a creator would see it.
#include "appidentity.h"
#include "editor/storyeditor.h"
#include "mainwindowfixture.h"
#include "media/mediaitemeditor.h"
#include "media/mediastrip.h"
#include "shell/keybindings.h"
#include "shell/shortcutsdialog.h"
#include "shell/widgetkeys.h"
#include "write/storylistpanel.h"

#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Spill;
using namespace Qt::StringLiterals;
using Place = MainWindow::Place;

namespace {

void requireNoClash(const QList<KeyBinding> &bindings, const QString &where)
{
    const QStringList clashes = keyClashes(bindings);
    INFO(where.toStdString());
    INFO(clashes.join(u'\n').toStdString());
    CHECK(clashes.isEmpty());
}

} // namespace

TEST_CASE("keyboard: mnemonics and their clashes are read as Qt reads them")
{
    CHECK(mnemonicOf(QStringLiteral("&Role:")) == u'r');
    CHECK(mnemonicOf(QStringLiteral("Salt && &Pepper")) == u'p');
    CHECK(mnemonicOf(QStringLiteral("Salt && pepper")).isNull());
    CHECK(withoutMnemonic(QStringLiteral("Salt && &Pepper")) == QStringLiteral("Salt & Pepper"));
    const QList<KeyBinding> clash = {
        {QKeySequence(QStringLiteral("Alt+R")), QStringLiteral("Role:"), {}},
        {QKeySequence(QStringLiteral("Alt+R")), QStringLiteral("Recipe link"), {}},
        {QKeySequence(QStringLiteral("Alt+T")), QStringLiteral("Title"), {}},
    };
    CHECK(keyClashes(clash) == QStringList {QStringLiteral("Alt+R: Role: / Recipe link")});
    CHECK(keyClashes(clash.mid(1)).isEmpty());
}

namespace {

// Walks every place of a main window over a story with a photo, its
// details open, and each menu, in the language installed now.
void walkMainWindow(const QString &language)
{
    Test::TempWorkspace library;
    Story story;
    story.title = QStringLiteral("Soufflé that sank");
    story.beat(Beat::WentWrong) = QStringLiteral("It sank.");
    MediaItem photo;
    photo.hash = QStringLiteral("0123456789abcdef0123456789abcdef");
    photo.file = QStringLiteral("sank.jpg");
    photo.beat = Beat::WentWrong;
    // Edited after it was taken, its mark turned off: every field of its
    // details is shown, the answer's too.
    photo.origin.known = true;
    photo.origin.edited = true;
    photo.editedMarkOff = true;
    story.media = {photo};
    REQUIRE(library.workspace->library().createStory(story) > 0);

    MainWindow window(*library.workspace);
    window.resize(1400, 900);
    Test::showActive(window);
    WritePlace *write = Test::waitForWritePlace(window, true);

    MediaStrip *strip = write->editor()->mediaStrip(Beat::WentWrong);
    REQUIRE(strip);
    strip->selectSlot(0);
    QCoreApplication::processEvents();
    REQUIRE(strip->itemEditor()->editedReasonEdit()->isVisibleTo(&window));
    requireNoClash(windowKeyBindings(&window), language + QStringLiteral(": Write"));
    write->storyList()->showTrash(true);
    QCoreApplication::processEvents();
    requireNoClash(windowKeyBindings(&window), language + QStringLiteral(": Write, the trash"));
    write->storyList()->showTrash(false);

    window.showPlace(Place::Gallery);
    QTest::qWait(200);
    requireNoClash(windowKeyBindings(&window), language + QStringLiteral(": Gallery"));
    window.showPlace(Place::Export);
    QTest::qWait(200);
    requireNoClash(windowKeyBindings(&window), language + QStringLiteral(": Export"));

    for (QAction *title : window.menuBar()->actions()) {
        if (QMenu *menu = title->menu())
            requireNoClash(menuKeyBindings(menu), language + QStringLiteral(": ") + menu->title());
    }
}

} // namespace

TEST_CASE("keyboard: no two keys clash in any place of the main window")
{
    SECTION("nominal: in English")
    {
        walkMainWindow(QStringLiteral("English"));
    }

    SECTION("nominal: in German")
    {
        QTranslator german;
        REQUIRE(german.load(QStringLiteral("spill_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        // Qt's own words too, as the window loads them: key names, buttons.
        QTranslator qtGerman;
        installQtTranslator(*QCoreApplication::instance(), qtGerman, QLocale(QLocale::German));
        REQUIRE_FALSE(qtGerman.isEmpty());
        CHECK(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText) ==
              QStringLiteral("Strg+S"));
        walkMainWindow(QStringLiteral("German"));
        QCoreApplication::removeTranslator(&qtGerman);
        QCoreApplication::removeTranslator(&german);
    }

    SECTION("nominal: in Spanish, French and Italian, with Qt's own words")
    {
        for (const char *code : {"es", "fr", "it"}) {
            const QString language = QString::fromLatin1(code);
            QTranslator spill;
            REQUIRE(spill.load(u"spill_"_s + language, u":/i18n"_s));
            QCoreApplication::installTranslator(&spill);
            QTranslator qt;
            installQtTranslator(*QCoreApplication::instance(), qt, QLocale(language));
            walkMainWindow(language);
            QCoreApplication::removeTranslator(&qt);
            QCoreApplication::removeTranslator(&spill);
        }
    }
}

TEST_CASE("keyboard: Help > Keyboard Shortcuts lists every menu command that has a key")
{
    Test::TempWorkspace library;
    MainWindow window(*library.workspace);
    Test::showActive(window);
    Test::waitForWritePlace(window, false);
    // A step to undo: the Edit menu says "Undo Move to Trash", the list
    // only "Undo".
    library.workspace->libraryUndoStack()->push(new QUndoCommand(QStringLiteral("Move to Trash")));

    QAction *open = nullptr;
    for (QAction *title : window.menuBar()->actions()) {
        if (withoutMnemonic(title->text()) != QStringLiteral("Help"))
            continue;
        for (QAction *action : title->menu()->actions()) {
            if (withoutMnemonic(action->text()) == QStringLiteral("Keyboard Shortcuts"))
                open = action;
        }
    }
    REQUIRE(open);
    CHECK(open->shortcut() == QKeySequence(QStringLiteral("Ctrl+/")));
    open->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    QStringList rows;
    QTreeWidget *list = dialog->list();
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *row = list->topLevelItem(g)->child(i);
            rows << row->text(0) + u' ' + row->text(1);
        }
    }
    INFO(rows.join(u'\n').toStdString());
    // No row names one key twice (Redo did: the platform's and Spill's own).
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i) {
            const QStringList keys =
                list->topLevelItem(g)->child(i)->text(0).split(QStringLiteral(", "));
            CHECK(QSet<QString>(keys.cbegin(), keys.cend()).size() == keys.size());
        }
    }
    // Every menu command with a key is there, with that key.
    int checked = 0;
    for (QAction *title : window.menuBar()->actions()) {
        for (QAction *action : title->menu()->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys << sequence.toString(QKeySequence::NativeText);
            CHECK(rows.contains(keys.join(QStringLiteral(", ")) + u' ' + shortcutName(action)));
            ++checked;
        }
    }
    CHECK(checked >= 10); // the Write actions, Edit, Go and Quit
    CHECK(rows.contains(QStringLiteral("Ctrl+Z Undo")));
    // Redo by its plain name too, with Ctrl+Shift+Z and Ctrl+Y beside the
    // platform's own keys.
    const QStringList redo = rows.filter(QRegularExpression(QStringLiteral(" Redo$")));
    REQUIRE(redo.size() == 1);
    CHECK(redo.constFirst().contains(QStringLiteral("Ctrl+Shift+Z")));
    CHECK(redo.constFirst().contains(QStringLiteral("Ctrl+Y")));
    CHECK(rows.filter(QStringLiteral("Move to Trash")).isEmpty());
    // And the keys no menu shows, each from the table their widgets use.
    CHECK(rows.contains(QStringLiteral("Ctrl+B Bold")));
    CHECK(rows.contains(QStringLiteral("Ctrl+E Export the checked stories")));
    CHECK(rows.contains(QStringLiteral("Del, Backspace Remove from the story")));
    int inside = 0;
    for (const WidgetKeyGroup &group : widgetKeyGroups()) {
        for (const WidgetKeyEntry &entry : group.entries) {
            QStringList keys;
            for (const QKeySequence &sequence : entry.sequences)
                keys << sequence.toString(QKeySequence::NativeText);
            CHECK(rows.contains(keys.join(QStringLiteral(", ")) + u' ' +
                                QString::fromUtf8(entry.what)));
            ++inside;
        }
    }
    CHECK(inside >= 25);
    delete dialog;
}
