// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportformat.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Spill::Cli {

// Complete and ManPage are hidden: the shell completion's question
// (`spill __complete -- WORD...`, the words in Invocation::files) and the
// manual page made at build time (`spill __manpage [FILE]`).
enum class Command {
    Gui,
    Help,
    Version,
    Import,
    List,
    Search,
    Export,
    Publish,
    Check,
    Complete,
    ManPage
};

// What the user asked for on the command line, fully validated.
struct Invocation
{
    Command command = Command::Gui;
    QString libraryDir; // empty: the default library
    QStringList files; // import: the JSON files; the window: story files to offer
    bool newStory = false; // the window: open on a new story
    QString query; // search: the words, joined by spaces
    QStringList slugs; // export, publish: the chosen stories
    bool all = false; // export, publish: every story
    bool comments = false; // export: the blog takes comments
    bool shareKit = false; // export: paint the share kit beside each post
    bool json = false; // list, search: machine-readable output
    int limit = 20; // search: at most this many hits
    std::optional<ExportFormat> format;
    QString outDir;
    QString theme;
    QString site; // publish: the WordPress site's address (http or https)
    QString user; // publish: the WordPress user
    QString status = QStringLiteral("draft"); // publish: "draft" or "publish"
};

struct ParseResult
{
    std::optional<Invocation> invocation;
    QString error; // set when invocation is empty; says what is wrong and where
};

// Parses the arguments after the program name. Qt's own GUI options
// (-platform, -style, …) are let through for the GUI and refused elsewhere.
ParseResult parse(const QStringList &arguments);

QString versionText();

} // namespace Spill::Cli
