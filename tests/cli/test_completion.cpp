// SPDX-License-Identifier: GPL-3.0-or-later
// The command line described once: --help, the manual page and the shell
// completion come from app/cli/commandspec.cpp, and docs/cli.md names every
// command and option it holds. The completion is checked through the real
// program and through bash running the shipped script.
#include "cli/commandspec.h"
#include "cli/completion.h"
#include "clistories.h"
#include "clitestsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Spill;
using namespace Spill::Cli;
using namespace Spill::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList optionNamesOf(const QList<OptionSpec> &options)
{
    QStringList names;
    for (const OptionSpec &option : options)
        names += QString::fromLatin1(option.names).split(u", "_s);
    return names;
}

} // namespace

TEST_CASE("command line: help, manual and documentation come from one description")
{
    const QString help = helpText();
    const QString manual = manPage();
    const QString docs =
        QString::fromUtf8(readBytes(QStringLiteral(SPILL_SOURCE_DIR "/docs/cli.md")));
    for (const CommandSpec &command : commandSpecs()) {
        const QString name = QString::fromLatin1(command.name);
        INFO(name.toStdString());
        CHECK(help.contains(u"  "_s + name));
        CHECK(manual.contains(u"\\fB"_s + name + u"\\fR"));
        CHECK(docs.contains(u"\n## "_s + name));
        for (const QString &option : optionNamesOf(command.options)) {
            INFO(option.toStdString());
            // Roff writes a hyphen as "\-".
            CHECK(manual.contains(QString(option).replace(u"-"_s, u"\\-"_s)));
            CHECK(docs.contains(option));
        }
    }
    for (const QString &option : optionNamesOf(globalOptions()))
        CHECK(help.contains(option));
    // --help fits a terminal.
    for (const QString &line : help.split(u'\n'))
        CHECK(line.size() <= 80);
    CHECK(manual.startsWith(u".\\\" SPDX"_s));
    CHECK(manual.contains(u".TH SPILL 1"_s));
    CHECK(manual.contains(u".SH EXIT STATUS"_s));
}

TEST_CASE("command line: completion candidates")
{
    CompletionSources sources;
    QStringList askedSlugs;
    sources.slugs = [&askedSlugs](const QString &prefix) {
        askedSlugs << prefix;
        return QStringList {u"souffle-that-sank"_s};
    };
    sources.themes = [] { return QStringList {u"kitchen"_s, u"clean"_s, u"mine"_s}; };

    CHECK(completionCandidates({u""_s}, sources) ==
          QStringList {u"import"_s, u"list"_s, u"search"_s, u"export"_s, u"publish"_s, u"check"_s});
    CHECK(completionCandidates({u"pu"_s}, sources) == QStringList {u"publish"_s});
    CHECK(completionCandidates({u"--library"_s, u"/x"_s, u"li"_s}, sources) ==
          QStringList {u"list"_s});
    CHECK(completionCandidates({u"export"_s, u"--sh"_s}, sources) ==
          QStringList {u"--share-kit"_s});
    CHECK(completionCandidates({u"list"_s, u"--"_s}, sources) ==
          QStringList {u"--json"_s, u"--library"_s, u"--help"_s, u"--version"_s});
    CHECK(completionCandidates({u"export"_s, u"--format"_s, u"html"_s}, sources) ==
          QStringList {u"html"_s, u"html-single"_s});
    CHECK(completionCandidates({u"export"_s, u"--theme"_s, u""_s}, sources) ==
          QStringList {u"kitchen"_s, u"clean"_s, u"mine"_s});
    CHECK(completionCandidates({u"publish"_s, u"--status"_s, u"d"_s}, sources) ==
          QStringList {u"draft"_s});
    // Folders and numbers are the shell's: no candidates.
    CHECK(completionCandidates({u"export"_s, u"--out"_s, u""_s}, sources).isEmpty());
    CHECK(completionCandidates({u"search"_s, u"--limit"_s, u""_s}, sources).isEmpty());
    CHECK(askedSlugs.isEmpty());
    CHECK(completionCandidates({u"export"_s, u"--all"_s, u"sou"_s}, sources) ==
          QStringList {u"souffle-that-sank"_s});
    CHECK(askedSlugs == QStringList {u"sou"_s});
    CHECK(completionCandidates({u"import"_s, u"st"_s}, sources).isEmpty());
}

TEST_CASE("spill __complete and the bash completion script")
{
    const StoryFiles files;
    const QString library = files.library();
    REQUIRE(runSpillOn(library, u"import"_s, {sampleStory(), files.souffle()}).exitCode == 0);

    SECTION("nominal: the program offers the library's slugs, never touching another library")
    {
        const SpillRun r = runSpill({u"__complete"_s, u"--"_s, u"--library"_s, library, u"export"_s,
                                     u"--all"_s, u"souffle"_s});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.outLines() == QStringList {QString::fromLatin1(SouffleSlug)});
        const QString missing = files.path(u"nowhere"_s);
        CHECK(runSpill({u"__complete"_s, u"--"_s, u"--library"_s, missing, u"export"_s, u""_s})
                  .outLines()
                  .isEmpty());
        CHECK_FALSE(QFile::exists(missing));
    }

    SECTION("nominal: bash, with the shipped script, completes a command, a format and a slug")
    {
        const QString bash = QStandardPaths::findExecutable(u"bash"_s);
        REQUIRE_FALSE(bash.isEmpty());
        const auto complete = [&](const QStringList &words) {
            // COMP_WORDS[0] is the program, as bash sees it typed.
            QString script = u"source '"_s + QStringLiteral(SPILL_SOURCE_DIR) +
                u"/packaging/completion/spill.bash'; COMP_WORDS=('"_s +
                QStringLiteral(SPILL_EXECUTABLE) + u"'"_s;
            for (const QString &word : words)
                script += u" '"_s + word + u"'"_s;
            script += u"); COMP_CWORD="_s + QString::number(words.size()) +
                u"; _spill; printf '%s\\n' \"${COMPREPLY[@]}\""_s;
            QProcess process;
            process.start(bash, {u"-c"_s, script});
            REQUIRE(process.waitForFinished(30000));
            return QString::fromUtf8(process.readAllStandardOutput())
                .split(u'\n', Qt::SkipEmptyParts);
        };
        CHECK(complete({u"exp"_s}) == QStringList {u"export"_s});
        CHECK(complete({u"export"_s, u"--format"_s, u"hu"_s}) == QStringList {u"hugo"_s});
        CHECK(complete({u"--library"_s, library, u"export"_s, u"souffle-t"_s}) ==
              QStringList {QString::fromLatin1(SouffleSlug)});
    }
}
