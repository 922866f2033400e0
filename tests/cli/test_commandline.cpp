// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/commandspec.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Cli;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *arg : list)
        result.append(QString::fromUtf8(arg));
    return result;
}

} // namespace

TEST_CASE("command line: parsing")
{
    SECTION("nominal: no arguments opens the window on the default library")
    {
        const ParseResult r = parse({});
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Gui);
        CHECK(r.invocation->libraryDir.isEmpty());
    }

    SECTION("nominal: --library picks another library, in both spellings")
    {
        ParseResult r = parse(args({"--library", "/tmp/lib"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Gui);
        CHECK(r.invocation->libraryDir == QStringLiteral("/tmp/lib"));

        r = parse(args({"--library=/tmp/other", "list"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::List);
        CHECK(r.invocation->libraryDir == QStringLiteral("/tmp/other"));
    }

    SECTION("nominal: help and version, long and short")
    {
        CHECK(parse(args({"--help"})).invocation->command == Command::Help);
        CHECK(parse(args({"-h"})).invocation->command == Command::Help);
        CHECK(parse(args({"--version"})).invocation->command == Command::Version);
        CHECK(parse(args({"-v"})).invocation->command == Command::Version);
        // Help wins even after a command or a bad option.
        CHECK(parse(args({"export", "--help"})).invocation->command == Command::Help);
        CHECK(helpText().contains(QStringLiteral("export --format")));
        CHECK(versionText().startsWith(QStringLiteral("spill ")));
    }

    SECTION("nominal: every subcommand of the design parses")
    {
        ParseResult r = parse(args({"import", "a.json", "b.json"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Import);
        CHECK(r.invocation->files == args({"a.json", "b.json"}));

        r = parse(args({"list", "--json"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->json);

        r = parse(args({"search", "split", "hollandaise", "--limit", "5", "--json"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->query == QStringLiteral("split hollandaise"));
        CHECK(r.invocation->limit == 5);

        r = parse(args({"export", "--format", "html", "--out", "site", "--theme", "kitchen",
                        "souffle", "tart"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->format == ExportFormat::Html);
        CHECK(r.invocation->outDir == QStringLiteral("site"));
        CHECK(r.invocation->theme == QStringLiteral("kitchen"));
        CHECK(r.invocation->slugs == args({"souffle", "tart"}));
        CHECK_FALSE(r.invocation->comments);

        r = parse(args({"export", "--format", "hugo", "--out", "site", "--comments", "--all"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->comments);
        r = parse(args({"list", "--comments"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("--comments")));

        r = parse(args({"export", "--format=json", "--out=dump", "--all"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->format == ExportFormat::Json);
        CHECK(r.invocation->all);

        CHECK(parse(args({"check"})).invocation->command == Command::Check);
    }

    SECTION("nominal: Qt's own window options pass through to the GUI")
    {
        const ParseResult r = parse(args({"-platform", "offscreen", "--library", "x"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Gui);
        CHECK(r.invocation->libraryDir == QStringLiteral("x"));
    }

    SECTION("robustness: an unknown command is named in the error")
    {
        const ParseResult r = parse(args({"publsh"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("'publsh'")));
    }

    SECTION("robustness: bad options say which option and why")
    {
        ParseResult r = parse(args({"--bogus"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("'--bogus'")));

        r = parse(args({"list", "--limit", "3"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("'--limit'")));
        CHECK(r.error.contains(QStringLiteral("'list'")));

        r = parse(args({"search", "x", "--limit", "zero"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("'zero'")));

        r = parse(args({"--library"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("'--library'")));

        r = parse(args({"check", "extra"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("'extra'")));

        // Qt's options only make sense for the window.
        CHECK_FALSE(parse(args({"list", "-platform", "offscreen"})).invocation);
    }

    SECTION("robustness: export checks its options before doing anything")
    {
        ParseResult r = parse(args({"export", "--out", "d", "--all"}));
        CHECK(r.error.contains(QStringLiteral("--format")));

        r = parse(args({"export", "--format", "pdf", "--out", "d", "--all"}));
        CHECK(r.error.contains(QStringLiteral("'pdf'")));
        CHECK(r.error.contains(QStringLiteral("html-single")));

        r = parse(args({"export", "--format", "hugo", "--all"}));
        CHECK(r.error.contains(QStringLiteral("--out")));

        r = parse(args({"export", "--format", "hugo", "--out", "d"}));
        CHECK(r.error.contains(QStringLiteral("--all")));

        r = parse(args({"export", "--format", "hugo", "--out", "d", "--all", "souffle"}));
        CHECK(r.error.contains(QStringLiteral("not both")));

        r = parse(args({"export", "--format", "json", "--out", "d", "--theme", "x", "--all"}));
        CHECK(r.error.contains(QStringLiteral("--theme")));
    }

    SECTION("nominal: publish takes a site, a user, a status and stories")
    {
        ParseResult r = parse(args({"publish", "--site", "https://blog.example/food", "--user",
                                    "ana", "--status=publish", "souffle", "tart"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Publish);
        CHECK(r.invocation->site == QStringLiteral("https://blog.example/food"));
        CHECK(r.invocation->user == QStringLiteral("ana"));
        CHECK(r.invocation->status == QStringLiteral("publish"));
        CHECK(r.invocation->slugs == QStringList {"souffle", "tart"});
        r = parse(args({"publish", "--site", "http://127.0.0.1:8080", "--user", "a", "--all"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->status == QStringLiteral("draft"));
        CHECK(r.invocation->all);
    }

    SECTION("robustness: publish checks its options before doing anything")
    {
        ParseResult r = parse(args({"publish", "--user", "a", "--all"}));
        CHECK(r.error.contains(QStringLiteral("--site")));
        r = parse(args({"publish", "--site", "ftp://blog.example", "--user", "a", "--all"}));
        CHECK(r.error.contains(QStringLiteral("'ftp://blog.example'")));
        r = parse(args({"publish", "--site", "blog.example", "--user", "a", "--all"}));
        CHECK(r.error.contains(QStringLiteral("http or https")));
        r = parse(args({"publish", "--site", "https://b.example", "--all"}));
        CHECK(r.error.contains(QStringLiteral("--user")));
        r = parse(args({"publish", "--site", "https://b.example", "--user", "a"}));
        CHECK(r.error.contains(QStringLiteral("--all")));
        r = parse(args({"publish", "--site", "https://b.example", "--user", "a", "--status",
                        "future", "--all"}));
        CHECK(r.error.contains(QStringLiteral("'future'")));
        r = parse(args({"export", "--format", "hugo", "--out", "d", "--site", "x", "--all"}));
        CHECK(r.error.contains(QStringLiteral("'--site'")));
    }

    SECTION("robustness: commands that need arguments say so")
    {
        CHECK(parse(args({"import"})).error.contains(QStringLiteral("FILE.json")));
        CHECK_FALSE(parse(args({"search"})).invocation);
        CHECK_FALSE(parse(args({"search", "  "})).invocation);
    }

    SECTION("nominal: '--' lets a slug start with a dash")
    {
        const ParseResult r =
            parse(args({"export", "--format", "hugo", "--out", "d", "--", "-odd"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->slugs == args({"-odd"}));
    }
}

TEST_CASE("command line: what the window is asked to open")
{
    SECTION("nominal: story files named without a command are offered in the window")
    {
        const ParseResult r = parse(args({"--library", "/tmp/lib", "fail.json", "later.JSON"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Gui);
        CHECK(r.invocation->files == args({"fail.json", "later.JSON"}));
    }

    SECTION("nominal: a file manager's file:// address becomes its path")
    {
        const ParseResult r = parse(args({"file:///tmp/a%20story.json"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->files == args({"/tmp/a story.json"}));
    }

    SECTION("nominal: an existing file is a story file whatever its name")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("import"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        // "import" in the current folder is still the command; a path to a
        // file of that name is a file.
        ParseResult r = parse({path});
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Gui);
        CHECK(r.invocation->files == QStringList {path});
        // After a file, "list" is a file too, not a command.
        r = parse(args({"a.json", "list"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Gui);
        CHECK(r.invocation->files == args({"a.json", "list"}));
    }

    SECTION("nominal: --new-story opens the window on a new story")
    {
        const ParseResult r = parse(args({"--new-story"}));
        REQUIRE(r.invocation);
        CHECK(r.invocation->command == Command::Gui);
        CHECK(r.invocation->newStory);
        CHECK_FALSE(parse({}).invocation->newStory);
    }

    SECTION("robustness: --new-story with a command is refused, before or after it")
    {
        for (const QStringList &line :
             {args({"--new-story", "list"}), args({"list", "--new-story"})}) {
            const ParseResult r = parse(line);
            CHECK_FALSE(r.invocation);
            CHECK(r.error.contains(QStringLiteral("'--new-story'")));
            CHECK(r.error.contains(QStringLiteral("'list'")));
        }
        // --help still wins.
        const ParseResult help = parse(args({"--new-story", "--help"}));
        REQUIRE(help.invocation);
        CHECK(help.invocation->command == Command::Help);
    }

    SECTION("robustness: a word that is neither a command nor a file stays an unknown command")
    {
        const ParseResult r = parse(args({"lsit"}));
        CHECK_FALSE(r.invocation);
        CHECK(r.error.contains(QStringLiteral("unknown command 'lsit'")));
    }
}
