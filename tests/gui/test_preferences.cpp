// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance/palettes.h"
#include "document/storydocument.h"
#include "editor/storyeditor.h"
#include "preferences/exporttargetspage.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preferences/spellingpage.h"
#include "shell/appearancecontrol.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "testsupport.h"
#include "write/writeplace.h"
#include "writing/spellchecker.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Spill;

namespace {

// The window with its workspace, the Write place built and its spell
// checker loaded; preferences kept in a file of the test's own.
struct PreferencesFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;

    PreferencesFixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        workspace = Workspace::open(dir.filePath(QStringLiteral("library")), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);
        workspace->preferences().setPersonalDictionaryPath(
            dir.filePath(QStringLiteral("dictionary.txt")));
        workspace->preferences().setAppearance(Appearance::Light);
        // As the window module does before the window exists.
        AppearanceControl::applyAtStart(workspace->preferences().appearance());
        window = std::make_unique<MainWindow>(*workspace);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        // The Write place is built after the first frame.
        REQUIRE(QTest::qWaitFor([&] { return window->findChild<WritePlace *>() != nullptr; }));
    }

    ~PreferencesFixture()
    {
        // The test's settings live in the shared test-mode file.
        workspace->preferences().setAppearance(Appearance::System);
        workspace->preferences().setSpellingLanguage(QString());
        workspace->preferences().setVersionInterval(DefaultVersionInterval);
        // The dictionary's file is in the test's folder: written before it goes.
        PersonalDictionary::waitForFileChanges();
    }

    PreferencesDialog *openPreferences()
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("preferences"));
        REQUIRE(action);
        CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+,")));
        REQUIRE(action->isEnabled());
        action->trigger();
        auto *dialog = window->findChild<PreferencesDialog *>();
        REQUIRE(dialog);
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        return dialog;
    }
};

} // namespace

TEST_CASE("preferences dialog: appearance")
{
    PreferencesFixture f;
    const QColor lightWindow = designedPalette(ColourScheme::Light).color(QPalette::Window);
    const QColor darkWindow = designedPalette(ColourScheme::Dark).color(QPalette::Window);
    REQUIRE(f.window->palette().color(QPalette::Window) == lightWindow);

    SECTION("nominal: Ctrl+, opens it, and Dark turns the window dark at once")
    {
        QTest::keyClick(f.window.get(), Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = f.window->findChild<PreferencesDialog *>();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->lightButton()->isChecked());
        dialog->darkButton()->click();
        CHECK(f.workspace->preferences().appearance() == Appearance::Dark);
        // Qt hands the new palette to the windows on the next turn of the loop.
        CHECK(QTest::qWaitFor(
            [&] { return f.window->palette().color(QPalette::Window) == darkWindow; }));
        CHECK(dialog->palette().color(QPalette::Window) == darkWindow);
        // The places follow too: the Write place's own widgets are dark.
        auto *write = f.window->findChild<WritePlace *>();
        REQUIRE(write);
        CHECK(write->palette().color(QPalette::Base) ==
              designedPalette(ColourScheme::Dark).color(QPalette::Base));

        dialog->lightButton()->click();
        CHECK(QTest::qWaitFor(
            [&] { return f.window->palette().color(QPalette::Window) == lightWindow; }));
    }
}

TEST_CASE("preferences dialog: every page's mnemonics are its own")
{
    PreferencesFixture f;
    PreferencesDialog *dialog = f.openPreferences();
    QStringList texts;
    for (int i = 0; i < dialog->pages()->count(); ++i)
        texts.append(dialog->pages()->tabText(i));
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        if (label->buddy())
            texts.append(label->text());
    QMap<QChar, QString> taken;
    for (const QString &text : texts) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty())
            continue;
        const QChar key = QChar(mnemonic[0].key()).toLower();
        INFO(text.toStdString() << " and " << taken.value(key).toStdString());
        CHECK_FALSE(taken.contains(key));
        taken.insert(key, text);
    }
    // Tabs, appearances, the dictionary's and the targets' controls, the interval.
    CHECK(taken.size() >= 15);
}

TEST_CASE("preferences dialog: the personal dictionary")
{
    PreferencesFixture f;
    auto *write = f.window->findChild<WritePlace *>();
    REQUIRE(QTest::qWaitFor([&] { return write && write->spellChecker(); }, 10000));
    SpellChecker *checker = write->spellChecker();
    const QString word = QStringLiteral("ganachey");
    REQUIRE_FALSE(checker->isCorrect(word));

    PreferencesDialog *dialog = f.openPreferences();
    SpellingPage *page = dialog->spellingPage();
    dialog->pages()->setCurrentWidget(page);

    SECTION("nominal: a word added here is accepted by the checker, and flagged once removed")
    {
        QSignalSpy landed(page, &SpellingPage::wordsChanged);
        QTest::keyClicks(page->wordEdit(), word);
        QTest::keyClick(page->wordEdit(), Qt::Key_Return);
        // Return adds the word and leaves the dialog open; the file is
        // written on a worker, and the list shows it once it is there.
        CHECK(dialog->isVisible());
        REQUIRE(landed.wait(10000));
        CHECK(page->wordEdit()->text().isEmpty());
        REQUIRE(page->wordList()->count() == 1);
        CHECK(page->wordList()->item(0)->text() == word);
        CHECK(checker->isCorrect(word));

        page->wordList()->setCurrentRow(0);
        REQUIRE(page->removeButton()->isEnabled());
        page->removeButton()->click();
        REQUIRE(landed.wait(10000));
        CHECK(page->wordList()->count() == 0);
        CHECK_FALSE(checker->isCorrect(word));
    }

    SECTION("nominal: a word the checker added shows up and is kept when another is added")
    {
        QSignalSpy landed(page, &SpellingPage::wordsChanged);
        REQUIRE(checker->addToDictionary(QStringLiteral("mirepoixed")));
        REQUIRE(page->addWord(word));
        REQUIRE(landed.wait(10000));
        CHECK(checker->isCorrect(word));
        CHECK(checker->isCorrect(QStringLiteral("mirepoixed")));
        CHECK(page->wordList()->count() == 2);
    }

    SECTION("error: a word the file refuses stays in the field, and the file is named")
    {
        // A file where the dictionary's folder should be.
        QFile blocker(f.dir.filePath(QStringLiteral("blocked")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        f.workspace->preferences().setPersonalDictionaryPath(
            f.dir.filePath(QStringLiteral("blocked/dictionary.txt")));
        QSignalSpy landed(page, &SpellingPage::wordsChanged);
        QTest::keyClicks(page->wordEdit(), word);
        QTest::keyClick(page->wordEdit(), Qt::Key_Return);
        REQUIRE(landed.wait(10000));
        CHECK(page->wordEdit()->text() == word);
        CHECK(page->wordList()->count() == 0);
        const QLabel *error = nullptr;
        for (const QLabel *label : page->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("dictionary.txt")) &&
                label->text().contains(QStringLiteral("blocked")) && label->isVisible())
                error = label;
        CHECK(error);
        CHECK_FALSE(checker->isCorrect(word));
    }
}

TEST_CASE("preferences dialog: new stories, versions and export targets")
{
    PreferencesFixture f;
    PreferencesDialog *dialog = f.openPreferences();

    SECTION("nominal: the language chosen is the new story's")
    {
        QComboBox *languages = dialog->spellingPage()->languageBox();
        REQUIRE(languages->count() >= 2);
        const int index = languages->findData(QStringLiteral("de_DE")) >= 0
            ? languages->findData(QStringLiteral("de_DE"))
            : languages->count() - 1;
        languages->setCurrentIndex(index);
        const QString chosen = languages->itemData(index).toString();
        CHECK(f.workspace->preferences().spellingLanguage() == chosen);

        auto *write = f.window->findChild<WritePlace *>();
        REQUIRE(write);
        write->newStory();
        REQUIRE(write->editor()->document());
        CHECK(write->editor()->document()->story().language == chosen);
    }

    SECTION("nominal: the version interval is kept within its bounds")
    {
        QSpinBox *interval = dialog->versionIntervalBox();
        interval->setValue(25);
        CHECK(f.workspace->preferences().versionInterval() == 25);
        interval->setValue(100000);
        CHECK(f.workspace->preferences().versionInterval() == MaximumVersionInterval);
    }

    SECTION("nominal: a remembered export target can be forgotten")
    {
        PreferencesStore &store = f.workspace->preferences();
        QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("spill"),
                  QStringLiteral("spill"))
            .setValue(exportCommentsKey(QStringLiteral("hugo"), f.dir.path()), true);
        emit store.exportTargetsChanged();
        ExportTargetsPage *page = dialog->exportTargetsPage();
        QTreeWidget *list = page->targetList();
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(1, Qt::UserRole).toString() == f.dir.path())
                row = list->topLevelItem(i);
        REQUIRE(row);
        list->setCurrentItem(row);
        REQUIRE(page->forgetButton()->isEnabled());
        page->forgetButton()->click();
        const QList<RememberedExportTarget> left = store.exportTargets();
        CHECK(std::none_of(left.begin(), left.end(),
                           [&](const auto &t) { return t.folder == f.dir.path(); }));
    }
}
