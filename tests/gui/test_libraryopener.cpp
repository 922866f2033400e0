// SPDX-License-Identifier: GPL-3.0-or-later
// A library that cannot be opened at start: the creator is told why and
// what to do, and may choose another folder instead of quitting.
#include "shell/libraryopener.h"
#include "shell/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Spill;
using namespace Qt::StringLiterals;

TEST_CASE("library opener: a library that cannot be opened, and another folder chosen")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A folder that cannot be made: a plain file is in its way.
    const QString blocked = dir.filePath(u"not-a-folder"_s);
    QFile file(blocked);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString unopenable = blocked + u"/library"_s;
    QStringList messages;
    QStringList offered;
    LibraryChoice choice;

    SECTION("nominal: the reason is shown, and the chosen folder opens instead")
    {
        const QString other = dir.filePath(u"other"_s);
        offered = {QString(), other}; // first nothing chosen, then a folder
        choice.tryAnother = [&](const QString &message) {
            messages << message;
            return true;
        };
        choice.chooseFolder = [&] { return offered.takeFirst(); };
        const std::unique_ptr<Workspace> workspace = openLibraryAsking(unopenable, choice);
        REQUIRE(workspace);
        CHECK(QDir(workspace->folder()) == QDir(other));
        CHECK_FALSE(workspace->isReadOnly());
        // Choosing nothing asked again, with the same reason.
        REQUIRE(messages.size() == 2);
        CHECK(messages.at(0) == messages.at(1));
        CHECK(messages.at(0).contains(unopenable));
        CHECK(messages.at(0).contains(u"Choose another folder"_s));
        // The folder that could not be opened was left as it was.
        CHECK(QFileInfo(blocked).isFile());
        CHECK(QFileInfo(blocked).size() == 0);
    }

    SECTION("nominal: the creator may give up instead")
    {
        choice.tryAnother = [&](const QString &message) {
            messages << message;
            return false;
        };
        choice.chooseFolder = [] { return QString(); };
        CHECK_FALSE(openLibraryAsking(unopenable, choice));
        CHECK(messages.size() == 1);
    }

    SECTION("nominal: a library that opens is not asked about")
    {
        choice.tryAnother = [&](const QString &message) {
            messages << message;
            return false;
        };
        const std::unique_ptr<Workspace> workspace =
            openLibraryAsking(dir.filePath(u"fine"_s), choice);
        CHECK(workspace);
        CHECK(messages.isEmpty());
    }
}
