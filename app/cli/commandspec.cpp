// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace Spill::Cli {

namespace {

// A source text of the "CommandLine" context, in the language installed now.
QString translated(const char *source)
{
    return QCoreApplication::translate("CommandLine", source);
}

constexpr int HelpColumn = 29; // where --help's descriptions start
constexpr int LineWidth = 79;

// The words of a synopsis or a sentence; a bracketed group ("[--theme
// NAME]", "(--all | SLUG...)") stays one word, so it is never split.
QStringList words(const QString &text)
{
    QStringList found;
    QString word;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'[' || c == u'(')
            ++depth;
        else if ((c == u']' || c == u')') && depth > 0)
            --depth;
        if (c == u' ' && depth == 0) {
            if (!word.isEmpty())
                found << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        found << word;
    return found;
}

// Words of `text` wrapped into lines of at most `width` characters.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : words(text)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// "  left" then the description from HelpColumn, wrapped; a left part too
// long for its column gets a line of its own.
QString twoColumns(const QString &left, const QString &description)
{
    QString out = QStringLiteral("  ") + left;
    const QStringList lines = wrapped(description, LineWidth - HelpColumn);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0 && out.size() < HelpColumn - 1)
            out += QString(HelpColumn - out.size(), u' ') + lines.at(i) + u'\n';
        else
            out += (i == 0 ? QStringLiteral("\n") : QString()) + QString(HelpColumn, u' ') +
                lines.at(i) + u'\n';
    }
    return out;
}

QString optionLeft(const OptionSpec &option)
{
    return QLatin1StringView(option.names) +
        (option.value ? QStringLiteral(" ") + QLatin1StringView(option.value) : QString());
}

// Roff text: a leading dot or quote would be read as a request, a
// backslash as an escape, a hyphen as a breakable dash.
QString roff(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\e"));
    out.replace(u'-', QStringLiteral("\\-"));
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

// A description as a sentence of the manual: capital first, full stop last.
QString sentence(const char *help)
{
    const QString text = QString::fromUtf8(help);
    return roff(text.left(1).toUpper() + text.mid(1) + u'.');
}

} // namespace

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> commands = {
        {"import",
         "FILE.json...",
         QT_TRANSLATE_NOOP("CommandLine", "add stories from spill-story/1 JSON files"),
         {}},
        {"list",
         "[--json]",
         QT_TRANSLATE_NOOP("CommandLine", "list the stories in the library"),
         {{"--json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "one JSON array, every field")}}},
        {"search",
         "QUERY [--json] [--limit N]",
         QT_TRANSLATE_NOOP("CommandLine", "find stories by title, dish, beats and tags"),
         {{"--json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "one JSON array of the hits")},
          {"--limit", "N", QT_TRANSLATE_NOOP("CommandLine", "at most N hits (20)")}}},
        {"export",
         "--format FORMAT --out DIR [--theme NAME] [--comments] [--share-kit] (--all | SLUG...)",
         QT_TRANSLATE_NOOP("CommandLine", "write stories as posts or spill-story/1 files"),
         {{"--format", "FORMAT",
           QT_TRANSLATE_NOOP("CommandLine", "markdown, hugo, jekyll, html, html-single or json")},
          {"--out", "DIR", QT_TRANSLATE_NOOP("CommandLine", "the folder to write into")},
          {"--theme", "NAME", QT_TRANSLATE_NOOP("CommandLine", "the html formats' theme")},
          {"--comments", nullptr,
           QT_TRANSLATE_NOOP("CommandLine", "the blog takes comments, so posts invite them")},
          {"--share-kit", nullptr,
           QT_TRANSLATE_NOOP("CommandLine",
                             "pin and square images, alt text and a social caption in "
                             "_share-kit/SLUG/")},
          {"--all", nullptr, QT_TRANSLATE_NOOP("CommandLine", "every story, or name them")}}},
        {"publish",
         "--site URL --user NAME [--status draft|publish] [--comments] (--all | SLUG...)",
         QT_TRANSLATE_NOOP("CommandLine",
                           "publish stories to a WordPress site; the application password is "
                           "read from SPILL_WP_APP_PASSWORD or the keyring"),
         {{"--site", "URL", QT_TRANSLATE_NOOP("CommandLine", "the site's address")},
          {"--user", "NAME", QT_TRANSLATE_NOOP("CommandLine", "the WordPress user")},
          {"--status", "STATUS",
           QT_TRANSLATE_NOOP("CommandLine", "draft (the default) or publish")},
          {"--comments", nullptr, QT_TRANSLATE_NOOP("CommandLine", "open the posts to comments")},
          {"--all", nullptr, QT_TRANSLATE_NOOP("CommandLine", "every story, or name them")}}},
        {"check", "", QT_TRANSLATE_NOOP("CommandLine", "check the library's integrity"), {}},
    };
    return commands;
}

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options = {
        {"--library", "DIR",
         QT_TRANSLATE_NOOP("CommandLine", "use the library in DIR instead of the default")},
        {"--new-story", nullptr,
         QT_TRANSLATE_NOOP("CommandLine", "with no command: open the window on a new story"), true},
        {"-h, --help", nullptr, QT_TRANSLATE_NOOP("CommandLine", "show this help")},
        {"-v, --version", nullptr, QT_TRANSLATE_NOOP("CommandLine", "show Spill's version")},
    };
    return options;
}

QString commandSynopsis(const CommandSpec &command)
{
    const QString usage = QLatin1StringView(command.usage);
    return QLatin1StringView(command.name) + (usage.isEmpty() ? QString() : u' ' + usage);
}

QString helpText()
{
    QString text =
        translated(QT_TRANSLATE_NOOP(
            "CommandLine", "Usage: spill [--library DIR] [--new-story] [COMMAND | FILE.json...]")) +
        u"\n\n" +
        translated(QT_TRANSLATE_NOOP(
            "CommandLine", "Spill turns a kitchen mishap into an honest, well-told post.")) +
        u'\n' +
        wrapped(translated(
                    QT_TRANSLATE_NOOP("CommandLine",
                                      "With no command, Spill opens its window; story files "
                                      "named instead (FILE.json) are offered for import there.")),
                LineWidth)
            .join(u'\n') +
        u"\n\n" + translated(QT_TRANSLATE_NOOP("CommandLine", "Commands:")) + u'\n';
    for (const CommandSpec &command : commandSpecs()) {
        // The synopsis wraps at its own width; the description follows it.
        const QStringList synopsis = wrapped(commandSynopsis(command), LineWidth - 4);
        for (qsizetype i = 0; i + 1 < synopsis.size(); ++i)
            text +=
                (i == 0 ? QStringLiteral("  ") : QStringLiteral("      ")) + synopsis.at(i) + u'\n';
        const QString last =
            synopsis.size() > 1 ? QStringLiteral("    ") + synopsis.last() : synopsis.last();
        text += twoColumns(last, translated(command.help));
    }
    text += u'\n' + translated(QT_TRANSLATE_NOOP("CommandLine", "Options:")) + u'\n';
    for (const OptionSpec &option : globalOptions())
        text += twoColumns(optionLeft(option), translated(option.help));
    text += u'\n' +
        translated(
                QT_TRANSLATE_NOOP("CommandLine", "See 'man spill' for every command's options.")) +
        u'\n';
    return text;
}

QString manPage()
{
    QString page =
        QStringLiteral(".\\\" SPDX-License-Identifier: GPL-3.0-or-later\n"
                       ".\\\" Made by 'spill __manpage' from app/cli/commandspec.cpp: edit that.\n"
                       ".TH SPILL 1 \"\" \"Spill %1\" \"User Commands\"\n"
                       ".SH NAME\n"
                       "spill \\- turn a kitchen mishap into an honest, well\\-told post\n"
                       ".SH SYNOPSIS\n")
            .arg(QLatin1StringView(SPILL_VERSION));
    page += QStringLiteral(".B spill\n[\\fB\\-\\-library\\fR \\fIDIR\\fR] "
                           "[\\fB\\-\\-new\\-story\\fR] [\\fIFILE.json\\fR...]\n.br\n");
    for (const CommandSpec &command : commandSpecs()) {
        page += QStringLiteral(".B spill\n[\\fB\\-\\-library\\fR \\fIDIR\\fR] \\fB%1\\fR %2\n.br\n")
                    .arg(QLatin1StringView(command.name), roff(QLatin1StringView(command.usage)));
    }
    page += QStringLiteral(
        ".SH DESCRIPTION\n"
        "Spill walks a food creator through five beats (the intended dish, what went wrong, "
        "the salvage, the lesson, the call to action) with photos and clips as evidence, keeps "
        "the drafts in a local SQLite library and exports them, polished but honest, for the "
        "blog the creator already runs.\n"
        ".PP\n"
        "With no command, Spill opens its window on the library; story files named instead "
        "(spill-story/1 JSON) are offered for import there, one by one, each after a question. "
        "The commands work on the "
        "library without a display.\n"
        ".SH COMMANDS\n");
    for (const CommandSpec &command : commandSpecs()) {
        page += QStringLiteral(".TP\n.B %1\n%2\n")
                    .arg(roff(commandSynopsis(command)), sentence(command.help));
        for (const OptionSpec &option : command.options) {
            page += QStringLiteral(".RS\n.TP\n.B %1\n%2\n.RE\n")
                        .arg(roff(optionLeft(option)), sentence(option.help));
        }
    }
    page += QStringLiteral(".SH OPTIONS\n");
    for (const OptionSpec &option : globalOptions()) {
        page +=
            QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(optionLeft(option)), sentence(option.help));
    }
    page += QStringLiteral(
        ".SH EXIT STATUS\n"
        ".TP\n.B 0\nSuccess.\n"
        ".TP\n.B 1\nThe command failed, or failed for at least one file or story; stderr says "
        "why.\n"
        ".TP\n.B 2\nThe command line was wrong.\n"
        ".SH ENVIRONMENT\n"
        ".TP\n.B SPILL_WP_APP_PASSWORD\n"
        "The WordPress application password for \\fBpublish\\fR, when the keyring has none.\n"
        ".SH FILES\n"
        ".TP\n.I ~/.local/share/spill/library/\n"
        "The default library: \\fIlibrary.sqlite\\fR and the photos and clips in \\fImedia/\\fR.\n"
        ".TP\n.I ~/.local/share/spill/themes/\n"
        "The creator's own HTML themes, each a folder with \\fIpost.html.mustache\\fR.\n"
        ".TP\n.I ~/.config/spill/spill.ini\n"
        "Preferences: appearance, spelling, export targets, WordPress sites (never a "
        "password).\n"
        ".SH SEE ALSO\n"
        "The story format spill\\-story/1 and the commands in full: the documentation in "
        "Spill's source, docs/design.md and docs/cli.md.\n");
    return page;
}

} // namespace Spill::Cli
