// SPDX-License-Identifier: GPL-3.0-or-later
// Story files handed to the window (a file manager's "Open with Spill"):
// asked about first, imported with their photos only on Import, and every
// refusal said.
#include "mediastripfixture.h"
#include "shell/storyfileopener.h"
#include "shell/workspace.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Spill;
using namespace Qt::StringLiterals;

namespace {

const char *const StoryJson = R"({
  "format": "spill-story/1",
  "slug": "sunken-souffle",
  "title": "The soufflé that sank",
  "beats": {"intended": "Tall.", "went_wrong": "It sank.", "salvage": "", "lesson": "",
            "call_to_action": ""},
  "media": [{"file": "door.jpg", "beat": "went_wrong", "role": "reality",
             "alt": "The sunken soufflé"}]
})";

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}

struct OpenerFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    QWidget window;
    QString storyFile;

    OpenerFixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        workspace = Workspace::open(dir.filePath(u"library"_s), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);
        const QString sources = dir.filePath(u"sources"_s);
        REQUIRE(QDir().mkpath(sources));
        Test::MediaStripTests::writePhoto(sources, u"door.jpg"_s, 7);
        storyFile = sources + u"/sunken.json"_s;
        write(storyFile, StoryJson);
        window.show();
    }

    QMessageBox *waitForBox(StoryFileOpener &opener)
    {
        REQUIRE(QTest::qWaitFor([&] { return opener.shown() && opener.shown()->isVisible(); }));
        return opener.shown();
    }
};

} // namespace

TEST_CASE("story files opened in the window")
{
    OpenerFixture f;
    StoryFileOpener opener(*f.workspace, &f.window);
    QSignalSpy imported(&opener, &StoryFileOpener::imported);
    QSignalSpy finished(&opener, &StoryFileOpener::finished);

    SECTION("nominal: asked first with the title, then imported with its photo")
    {
        opener.open({f.storyFile});
        QMessageBox *box = f.waitForBox(opener);
        CHECK(box->text().contains(u"The soufflé that sank"_s));
        CHECK(box->informativeText().contains(f.storyFile));
        // Nothing is in the library before the answer.
        CHECK_FALSE(f.workspace->library().storyBySlug(u"sunken-souffle"_s));
        QAbstractButton *import = buttonNamed(box, u"Import"_s);
        REQUIRE(import);
        import->click();
        REQUIRE(QTest::qWaitFor([&] { return imported.count() == 1; }));
        const qint64 id = imported.first().at(0).toLongLong();
        CHECK(imported.first().at(1).toString() == u"The soufflé that sank");
        const std::optional<Story> story = f.workspace->library().story(id);
        REQUIRE(story);
        CHECK(story->slug == u"sunken-souffle");
        REQUIRE(story->media.size() == 1);
        CHECK(story->media.first().alt == u"The sunken soufflé");
        CHECK(QFileInfo::exists(f.workspace->mediaStore().filePath(
            story->media.first().hash, QFileInfo(story->media.first().file).suffix())));
        CHECK(QTest::qWaitFor([&] { return finished.count() == 1; }));
        // The file itself is left as it was.
        CHECK(QFile::exists(f.storyFile));
    }

    SECTION("nominal: Cancel imports nothing, and the next file is asked about")
    {
        const QString second = f.dir.filePath(u"sources/second.json"_s);
        write(second,
              QByteArray(StoryJson)
                  .replace("sunken-souffle", "second-go")
                  .replace("The soufflé that sank", "Second go"));
        opener.open({f.storyFile, second});
        QMessageBox *box = f.waitForBox(opener);
        REQUIRE(buttonNamed(box, u"Cancel"_s));
        buttonNamed(box, u"Cancel"_s)->click();
        REQUIRE(QTest::qWaitFor([&] {
            return opener.shown() && opener.shown() != box &&
                opener.shown()->text().contains(u"Second go"_s);
        }));
        buttonNamed(opener.shown(), u"Cancel"_s)->click();
        REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }));
        CHECK(imported.isEmpty());
        CHECK_FALSE(f.workspace->library().storyBySlug(u"sunken-souffle"_s));
        CHECK_FALSE(f.workspace->library().storyBySlug(u"second-go"_s));
    }

    SECTION("error: a file that is no story is named, and nothing is imported")
    {
        const QString broken = f.dir.filePath(u"sources/notes.json"_s);
        write(broken, R"({"format": "something-else"})");
        opener.open({broken});
        QMessageBox *box = f.waitForBox(opener);
        CHECK(box->icon() == QMessageBox::Warning);
        CHECK(box->informativeText().contains(broken));
        box->accept();
        REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }));
        CHECK(imported.isEmpty());
    }

    SECTION("error: a photo the file names is missing: said, and nothing of it kept")
    {
        QFile::remove(f.dir.filePath(u"sources/door.jpg"_s));
        opener.open({f.storyFile});
        buttonNamed(f.waitForBox(opener), u"Import"_s)->click();
        REQUIRE(QTest::qWaitFor(
            [&] { return opener.shown() && opener.shown()->icon() == QMessageBox::Warning; }));
        CHECK(opener.shown()->text().contains(u"was not imported"_s));
        CHECK(opener.shown()->informativeText().contains(u"door.jpg"_s));
        CHECK(imported.isEmpty());
        CHECK_FALSE(f.workspace->library().storyBySlug(u"sunken-souffle"_s));
    }

    SECTION("error: a library open read-only says so instead of asking")
    {
        // A second window on the same library gets it read-only.
        QString error;
        std::unique_ptr<Workspace> second = Workspace::open(f.workspace->folder(), &error);
        REQUIRE(second);
        REQUIRE(second->isReadOnly());
        StoryFileOpener readOnly(*second, &f.window);
        readOnly.open({f.storyFile});
        QMessageBox *box = f.waitForBox(readOnly);
        CHECK(box->icon() == QMessageBox::Warning);
        CHECK(box->text().contains(u"read-only"_s));
        box->accept();
        CHECK_FALSE(f.workspace->library().storyBySlug(u"sunken-souffle"_s));
    }
}
