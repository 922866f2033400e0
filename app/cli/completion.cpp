// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"

#include "clicontext.h"
#include "commandspec.h"
#include "export/exportformat.h"
#include "library/library.h"
#include "library/librarylocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Spill::Cli {

namespace {

const CommandSpec *commandNamed(const QString &name)
{
    for (const CommandSpec &command : commandSpecs()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

// "--format" and "FORMAT" for each option of `command` and the global ones
// (the window's only before a command).
QList<OptionSpec> optionsOf(const CommandSpec *command)
{
    QList<OptionSpec> options = command ? command->options : QList<OptionSpec>();
    for (const OptionSpec &option : globalOptions()) {
        if (!command || !option.windowOnly)
            options += option;
    }
    return options;
}

QStringList optionNames(const OptionSpec &option)
{
    QStringList names;
    for (const QString &name : QString::fromLatin1(option.names).split(QStringLiteral(", ")))
        names << name;
    return names;
}

QStringList startingWith(const QStringList &candidates, const QString &prefix)
{
    QStringList found;
    for (const QString &candidate : candidates) {
        if (candidate.startsWith(prefix))
            found << candidate;
    }
    return found;
}

} // namespace

QStringList completionCandidates(const QStringList &words, const CompletionSources &sources)
{
    const QString current = words.isEmpty() ? QString() : words.last();
    const QStringList before = words.mid(0, std::max<qsizetype>(0, words.size() - 1));
    // The command typed, and the option whose value is being typed.
    const CommandSpec *command = nullptr;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString &word = before.at(i);
        if (word == u"--library") {
            ++i; // its value
            continue;
        }
        if (!word.startsWith(u'-') && !command)
            command = commandNamed(word);
    }
    const QString previous = before.isEmpty() ? QString() : before.last();
    if (previous.startsWith(u'-')) {
        for (const OptionSpec &option : optionsOf(command)) {
            if (!option.value || !optionNames(option).contains(previous))
                continue;
            const QString value = QLatin1StringView(option.value);
            if (value == u"FORMAT")
                return startingWith(exportFormatKeys(), current);
            if (value == u"NAME" && previous == u"--theme")
                return startingWith(sources.themes ? sources.themes() : QStringList(), current);
            if (value == u"STATUS")
                return startingWith({QStringLiteral("draft"), QStringLiteral("publish")}, current);
            return {}; // a folder, a number, an address: the shell's, or nothing
        }
    }
    if (current.startsWith(u'-')) {
        QStringList names;
        for (const OptionSpec &option : optionsOf(command))
            names += optionNames(option);
        return startingWith(names, current);
    }
    if (!command) {
        QStringList names;
        for (const CommandSpec &spec : commandSpecs())
            names << QLatin1StringView(spec.name);
        return startingWith(names, current);
    }
    const QString name = QLatin1StringView(command->name);
    if ((name == u"export" || name == u"publish") && sources.slugs)
        return sources.slugs(current);
    return {};
}

int runComplete(const CliContext &ctx)
{
    const QStringList words = ctx.invocation().files;
    CompletionSources sources;
    sources.themes = [] {
        QStringList themes = builtInThemeNames();
        const QDir user(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("themes")));
        for (const QString &name : user.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (!themes.contains(name))
                themes << name;
        }
        return themes;
    };
    sources.slugs = [&ctx, words](const QString &prefix) {
        // The library the words name, read quietly: a completion says
        // nothing, and never creates or upgrades a library.
        QString folder = ctx.libraryFolder();
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (words.at(i) == u"--library")
                folder = QDir(words.at(i + 1)).absolutePath();
        }
        if (!QFileInfo::exists(libraryDatabasePath(folder)))
            return QStringList();
        OpenResult opened = Library::open(folder, OpenMode::ReadOnly, DailyBackup::Deferred);
        return opened ? opened.library->slugsStartingWith(prefix) : QStringList();
    };
    for (const QString &candidate : completionCandidates(words, sources))
        ctx.out() << candidate << u'\n';
    return 0;
}

} // namespace Spill::Cli
