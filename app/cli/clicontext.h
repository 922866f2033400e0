// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "library/library.h"

#include <QString>

#include <memory>

class QTextStream;

namespace Spill::Cli {

// What every headless command shares: the parsed command line, where to
// print, and how to open the library it works on.
class CliContext
{
public:
    CliContext(const Invocation &invocation, QTextStream &out, QTextStream &err);

    const Invocation &invocation() const { return m_invocation; }
    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }

    // `--library DIR` made absolute, or the default library.
    QString libraryFolder() const;

    // Prints "spill COMMAND: message" on stderr, on one line (see printable()).
    void error(const QString &message) const;

    // For commands that only read: opens read-only, so no write lock is
    // taken and a running Spill is not disturbed. A library that needs a
    // schema upgrade first is opened for writing instead (the upgrade needs
    // the lock). Prints the reason and returns null when it cannot be opened.
    std::unique_ptr<Library> openForReading() const;

    // For commands that write: returns null, after saying why, when the
    // library is read-only (another Spill has it open, a newer schema, a
    // folder that cannot be written).
    std::unique_ptr<Library> openForWriting() const;

    // True when stdout is a terminal and NO_COLOR is not set: only then is
    // output decorated with ANSI escapes.
    bool decorateOutput() const;

private:
    const Invocation &m_invocation;
    QTextStream &m_out;
    QTextStream &m_err;
};

QString commandName(Command command);

// The stories an export names, whole: every story not in the trash, oldest
// first (--all), or the given slugs in the order given. Unknown slugs are
// each named on stderr, and then nothing is returned.
std::optional<QList<Story>> selectedStories(const CliContext &ctx, Library &library);

// A path under --out as the user wrote it, for the lines naming written
// files (printable()).
QString outputPath(const CliContext &ctx, const QString &relativePath);

// The file the media store keeps for an item (<library>/media/<hash>.<suffix>),
// or an empty string when the item has no valid hash or the file is missing.
QString storedMediaPath(const QString &libraryFolder, const MediaItem &item);

// Text for a terminal, on one line: control characters (which could be
// escape sequences hidden in a story), line breaks, the Unicode line and
// paragraph separators, and the invisible marks that reorder or hide text
// (bidirectional overrides and isolates, zero-width space, byte order mark)
// are shown escaped, as \x1b, \n, \u2028 or \u202e; a backslash itself
// as \\, so that a title holding "\n" reads apart from a line break.
// Applied once, where text meets the terminal: CliContext::error() applies it
// to the whole message, so a value in a message goes in as it is.
QString printable(const QString &text);

// Dates in machine-readable output: ISO 8601 with the offset (UTC: "Z").
QString isoDate(const QDateTime &date);

} // namespace Spill::Cli
