// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace Spill::Cli {

namespace {

// Options QGuiApplication consumes itself; with the value they take.
const QStringList &qtOptionsWithValue()
{
    static const QStringList options = {
        QStringLiteral("-platform"),
        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-geometry"),
        QStringLiteral("-qwindowtitle"),
        QStringLiteral("-title"),
        QStringLiteral("-qwindowicon"),
        QStringLiteral("-icon"),
        QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),
        QStringLiteral("-display"),
        QStringLiteral("-session"),
        QStringLiteral("-name"),
        QStringLiteral("-qmljsdebugger"),
    };
    return options;
}

const QStringList &qtFlags()
{
    static const QStringList flags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                      QStringLiteral("-nograb"), QStringLiteral("-dograb"),
                                      QStringLiteral("-sync")};
    return flags;
}

std::optional<Command> commandFromName(const QString &name)
{
    if (name == QLatin1StringView("import"))
        return Command::Import;
    if (name == QLatin1StringView("list"))
        return Command::List;
    if (name == QLatin1StringView("search"))
        return Command::Search;
    if (name == QLatin1StringView("export"))
        return Command::Export;
    if (name == QLatin1StringView("publish"))
        return Command::Publish;
    if (name == QLatin1StringView("check"))
        return Command::Check;
    return std::nullopt;
}

// A story file handed to the window: a path (a .json name, any file that
// exists, or any word at all once `afterFile`) or a file:// URL; empty for
// anything else.
QString storyFileArgument(const QString &arg, bool afterFile)
{
    if (arg.startsWith(QLatin1StringView("file:"))) {
        const QUrl url(arg);
        return url.isLocalFile() ? url.toLocalFile() : QString();
    }
    if (afterFile || arg.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive) ||
        QFileInfo(arg).isFile())
        return arg;
    return {};
}

// Walks the arguments one by one; `--name=value` and `--name value` both work.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit Parser(const QStringList &arguments)
        : m_args(arguments)
    {
    }

    ParseResult run()
    {
        Invocation inv;
        // The hidden commands take the rest as it is.
        if (m_args.value(0) == QLatin1StringView("__complete")) {
            inv.command = Command::Complete;
            inv.files = m_args.mid(m_args.value(1) == QLatin1StringView("--") ? 2 : 1);
            return {inv, {}};
        }
        if (m_args.value(0) == QLatin1StringView("__manpage") && m_args.size() <= 2) {
            inv.command = Command::ManPage;
            inv.files = m_args.mid(1); // where to write it; stdout without
            return {inv, {}};
        }
        QString commandName;
        while (m_pos < m_args.size() && m_error.isEmpty()) {
            const QString arg = m_args.at(m_pos++);
            if (arg == QLatin1StringView("--")) {
                m_literal = true;
                continue;
            }
            if (!m_literal && arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
                handleOption(arg, inv, commandName);
                continue;
            }
            if (commandName.isEmpty() && inv.command == Command::Gui) {
                // The first word names a command, or story files for the
                // window (a file manager's "Open with Spill").
                if (inv.files.isEmpty()) {
                    if (const auto command = commandFromName(arg)) {
                        commandName = arg;
                        inv.command = *command;
                        continue;
                    }
                }
                // After one file, every word is a file (the window says
                // which cannot be read).
                const QString file = storyFileArgument(arg, !inv.files.isEmpty());
                if (file.isEmpty())
                    return fail(tr("unknown command '%1'").arg(arg));
                inv.files.append(file);
                continue;
            }
            handlePositional(arg, inv, commandName);
        }
        if (!m_error.isEmpty())
            return {std::nullopt, m_error};
        if (!validate(inv, commandName))
            return {std::nullopt, m_error};
        return {inv, {}};
    }

private:
    ParseResult fail(const QString &message)
    {
        m_error = message;
        return {std::nullopt, m_error};
    }

    void setError(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    // The value of an option: after '=' or the next argument.
    std::optional<QString> valueFor(const QString &name, const std::optional<QString> &inlineValue)
    {
        if (inlineValue)
            return inlineValue;
        if (m_pos >= m_args.size()) {
            setError(tr("option '%1' needs a value").arg(name));
            return std::nullopt;
        }
        return m_args.at(m_pos++);
    }

    void handleOption(const QString &arg, Invocation &inv, const QString &commandName)
    {
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1StringView("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0) {
                name = arg.left(eq);
                inlineValue = arg.mid(eq + 1);
            }
        }

        const bool inCommand = !commandName.isEmpty();
        auto onlyFor = [&](std::initializer_list<Command> commands) {
            for (Command c : commands) {
                if (inv.command == c)
                    return true;
            }
            setError(inCommand ? tr("option '%1' does not apply to '%2'").arg(name, commandName)
                               : tr("option '%1' needs a command before it").arg(name));
            return false;
        };

        if (name == QLatin1StringView("-h") || name == QLatin1StringView("--help")) {
            inv.command = Command::Help;
            m_pos = m_args.size(); // help wins over whatever follows
        } else if (name == QLatin1StringView("-v") || name == QLatin1StringView("--version")) {
            inv.command = Command::Version;
            m_pos = m_args.size();
        } else if (name == QLatin1StringView("--new-story")) {
            inv.newStory = true; // refused with a command in validate()
        } else if (name == QLatin1StringView("--library")) {
            if (const auto value = valueFor(name, inlineValue)) {
                if (value->isEmpty())
                    setError(tr("option '--library' needs a folder"));
                inv.libraryDir = *value;
            }
        } else if (name == QLatin1StringView("--json")) {
            if (onlyFor({Command::List, Command::Search}))
                inv.json = true;
        } else if (name == QLatin1StringView("--limit")) {
            if (!onlyFor({Command::Search}))
                return;
            if (const auto value = valueFor(name, inlineValue)) {
                bool ok = false;
                const int limit = value->toInt(&ok);
                if (!ok || limit < 1)
                    setError(tr("option '--limit' needs a whole number above zero, not '%1'")
                                 .arg(*value));
                else
                    inv.limit = limit;
            }
        } else if (name == QLatin1StringView("--format")) {
            if (!onlyFor({Command::Export}))
                return;
            if (const auto value = valueFor(name, inlineValue)) {
                inv.format = exportFormatFromKey(*value);
                if (!inv.format)
                    setError(tr("unknown export format '%1' (choose from %2)")
                                 .arg(*value, exportFormatKeys().join(QLatin1StringView(", "))));
            }
        } else if (name == QLatin1StringView("--out")) {
            if (!onlyFor({Command::Export}))
                return;
            if (const auto value = valueFor(name, inlineValue))
                inv.outDir = *value;
        } else if (name == QLatin1StringView("--theme")) {
            if (!onlyFor({Command::Export}))
                return;
            if (const auto value = valueFor(name, inlineValue))
                inv.theme = *value;
        } else if (name == QLatin1StringView("--comments")) {
            if (onlyFor({Command::Export, Command::Publish}))
                inv.comments = true;
        } else if (name == QLatin1StringView("--share-kit")) {
            if (onlyFor({Command::Export}))
                inv.shareKit = true;
        } else if (name == QLatin1StringView("--all")) {
            if (onlyFor({Command::Export, Command::Publish}))
                inv.all = true;
        } else if (name == QLatin1StringView("--site")) {
            if (!onlyFor({Command::Publish}))
                return;
            if (const auto value = valueFor(name, inlineValue))
                inv.site = *value;
        } else if (name == QLatin1StringView("--user")) {
            if (!onlyFor({Command::Publish}))
                return;
            if (const auto value = valueFor(name, inlineValue))
                inv.user = *value;
        } else if (name == QLatin1StringView("--status")) {
            if (!onlyFor({Command::Publish}))
                return;
            if (const auto value = valueFor(name, inlineValue)) {
                if (*value != QLatin1StringView("draft") && *value != QLatin1StringView("publish"))
                    setError(tr("unknown status '%1' (choose from draft, publish)").arg(*value));
                inv.status = *value;
            }
        } else if (!inCommand && qtOptionsWithValue().contains(name)) {
            m_pos++; // Qt's own option; QApplication reads it
        } else if (!inCommand && qtFlags().contains(name)) {
            // Qt's own flag
        } else {
            setError(inCommand ? tr("unknown option '%1' for '%2'").arg(name, commandName)
                               : tr("unknown option '%1'").arg(name));
        }
    }

    void handlePositional(const QString &arg, Invocation &inv, const QString &commandName)
    {
        switch (inv.command) {
        case Command::Import:
            inv.files.append(arg);
            break;
        case Command::Search:
            inv.query = inv.query.isEmpty() ? arg : inv.query + QLatin1Char(' ') + arg;
            break;
        case Command::Export:
        case Command::Publish:
            inv.slugs.append(arg);
            break;
        default:
            setError(tr("'%1' takes no argument '%2'").arg(commandName, arg));
        }
    }

    bool validate(Invocation &inv, const QString &commandName)
    {
        switch (inv.command) {
        case Command::Import:
            if (inv.files.isEmpty())
                setError(tr("'import' needs at least one story file (FILE.json)"));
            break;
        case Command::Search:
            if (inv.query.trimmed().isEmpty())
                setError(tr("'search' needs words to look for"));
            break;
        case Command::Export:
            if (!inv.format)
                setError(tr("'export' needs --format (%1)")
                             .arg(exportFormatKeys().join(QLatin1StringView(", "))));
            else if (inv.outDir.isEmpty())
                setError(tr("'export' needs --out DIR, the folder to write into"));
            else if (inv.all == !inv.slugs.isEmpty())
                setError(inv.all
                             ? tr("'export' takes either --all or story slugs, not both")
                             : tr("'export' needs --all or the slugs of the stories to export"));
            else if (!inv.theme.isEmpty() && !exportFormatUsesTheme(*inv.format))
                setError(tr("'--theme' applies to the html formats, not '%1'")
                             .arg(exportFormatKey(*inv.format)));
            else if (inv.shareKit && *inv.format == ExportFormat::Json)
                setError(tr("'--share-kit' applies to the markdown and html formats, not 'json'"));
            break;
        case Command::Publish: {
            const QUrl site(inv.site, QUrl::StrictMode);
            if (inv.site.isEmpty())
                setError(tr("'publish' needs --site URL, the WordPress site's address"));
            else if (!site.isValid() || site.host().isEmpty() ||
                     (site.scheme() != QLatin1StringView("https") &&
                      site.scheme() != QLatin1StringView("http")))
                setError(tr("'--site' needs an http or https address, not '%1'").arg(inv.site));
            else if (inv.user.isEmpty())
                setError(tr("'publish' needs --user NAME, the WordPress user"));
            else if (inv.all == !inv.slugs.isEmpty())
                setError(inv.all
                             ? tr("'publish' takes either --all or story slugs, not both")
                             : tr("'publish' needs --all or the slugs of the stories to publish"));
            break;
        }
        default:
            break;
        }
        // The window's option, before or after a command's name.
        if (inv.newStory && !commandName.isEmpty())
            setError(tr("option '%1' does not apply to '%2'")
                         .arg(QStringLiteral("--new-story"), commandName));
        return m_error.isEmpty();
    }

    const QStringList &m_args;
    qsizetype m_pos = 0;
    bool m_literal = false;
    QString m_error;
};

} // namespace

ParseResult parse(const QStringList &arguments)
{
    return Parser(arguments).run();
}

QString versionText()
{
    return QStringLiteral("spill %1\n").arg(QLatin1StringView(SPILL_VERSION));
}

} // namespace Spill::Cli
