// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "write/spellmenu.h"
#include "writing/markdownhighlighter.h"
#include "writing/spellchecker.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Spill;

namespace {

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    return texts;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("spelling in the context menu", "[gui][spelling]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SpellChecker checker(QStringLiteral("en_US"));
    REQUIRE(checker.isAvailable());
    const QString words = dir.filePath(QStringLiteral("words.txt"));
    REQUIRE(checker.setPersonalDictionaryPath(words));

    QPlainTextEdit editor;
    editor.setPlainText(QStringLiteral("The custard was grainey and [sad](https://sadd.example)."));
    auto *highlighter = new MarkdownHighlighter(editor.document(), editor.palette(), &checker);
    highlighter->highlightNow();
    SpellMenu spell;
    spell.attach(&editor, highlighter);
    const int grainey = int(editor.toPlainText().indexOf(u"grainey"));

    SECTION("nominal: suggestions come first, and choosing one replaces the word")
    {
        const std::unique_ptr<QMenu> menu(spell.createMenu(&editor, grainey + 3));
        const QStringList texts = actionTexts(menu.get());
        REQUIRE(texts.contains(QStringLiteral("grainy")));
        CHECK(texts.indexOf(QStringLiteral("grainy")) <
              texts.indexOf(QStringLiteral("Add “grainey” to Dictionary")));
        // The editor's own entries stay below.
        CHECK(texts.filter(QStringLiteral("Copy")).size() == 1);
        actionNamed(menu.get(), QStringLiteral("grainy"))->trigger();
        CHECK(editor.toPlainText() ==
              QStringLiteral("The custard was grainy and [sad](https://sadd.example)."));
        editor.undo();
        CHECK(editor.toPlainText().contains(QStringLiteral("grainey")));
    }

    SECTION("nominal: Add to Dictionary keeps the word for good and clears its underline")
    {
        const std::unique_ptr<QMenu> menu(spell.createMenu(&editor, grainey));
        QAction *add = menu->findChild<QAction *>(QStringLiteral("addToDictionary"));
        REQUIRE(add);
        add->trigger();
        CHECK_FALSE(highlighter->misspellingAt(grainey).has_value());
        // The file is written on the dictionaries' thread.
        PersonalDictionary::waitForFileChanges();
        QFile file(words);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("grainey")));
        const std::unique_ptr<QMenu> again(spell.createMenu(&editor, grainey));
        CHECK_FALSE(again->findChild<QAction *>(QStringLiteral("addToDictionary")));
    }

    SECTION("error: a word the file refuses is underlined again, and the failure is told")
    {
        // A file where the dictionary's folder should be.
        QFile blocker(dir.filePath(QStringLiteral("blocked")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        REQUIRE(
            checker.setPersonalDictionaryPath(dir.filePath(QStringLiteral("blocked/words.txt"))));
        QSignalSpy failed(&spell, &SpellMenu::failed);
        const std::unique_ptr<QMenu> menu(spell.createMenu(&editor, grainey));
        QAction *add = menu->findChild<QAction *>(QStringLiteral("addToDictionary"));
        REQUIRE(add);
        add->trigger();
        REQUIRE(failed.wait(10000));
        CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("words.txt")));
        highlighter->highlightNow();
        CHECK(highlighter->misspellingAt(grainey).has_value());
    }

    SECTION("nominal: correct words and link targets get the plain menu")
    {
        const int custard = int(editor.toPlainText().indexOf(u"custard"));
        const std::unique_ptr<QMenu> onWord(spell.createMenu(&editor, custard));
        CHECK_FALSE(onWord->findChild<QAction *>(QStringLiteral("addToDictionary")));
        const int target = int(editor.toPlainText().indexOf(u"sadd"));
        const std::unique_ptr<QMenu> onLink(spell.createMenu(&editor, target + 1));
        CHECK_FALSE(onLink->findChild<QAction *>(QStringLiteral("addToDictionary")));
    }

    SECTION("nominal: the menu key opens it at the text cursor")
    {
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(grainey + 1);
        editor.setTextCursor(cursor);
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1),
                                editor.mapToGlobal(QPoint(1, 1)));
        QCoreApplication::sendEvent(&editor, &event);
        QMenu *shown = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *menu = qobject_cast<QMenu *>(widget);
                if (menu && menu->isVisible())
                    shown = menu;
            }
            return shown != nullptr;
        }));
        CHECK(shown->findChild<QAction *>(QStringLiteral("addToDictionary")));
        shown->close();
    }
}
