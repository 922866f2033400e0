// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real `spill` binary the way a shell would, with no display.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Spill::Test {

struct SpillRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const; // non-empty lines of stdout
};

// Runs `spill ARGUMENTS` without DISPLAY or WAYLAND_DISPLAY, in the given
// language, with its data folders (default library, user themes) inside a
// temporary folder of this test process.
SpillRun runSpill(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"));

// The same, with `wrapper` (a program and its arguments, such as setpriv)
// starting spill.
SpillRun runSpillThrough(const QStringList &wrapper, const QStringList &arguments,
                         const QString &lang = QStringLiteral("C.UTF-8"));

// `--library DIR COMMAND ARGUMENTS...`
SpillRun runSpillOn(const QString &library, const QString &command,
                    const QStringList &arguments = {});

// A shipped sample story folder (resources/samples/<name>).
QString samplePath(const QString &relative);

void copyFileTo(const QString &from, const QString &to);
void writeBytes(const QString &path, const QByteArray &bytes);
QByteArray readBytes(const QString &path);

// Every file under `dir` by its path relative to it, with its bytes.
QMap<QString, QByteArray> filesUnder(const QString &dir);

} // namespace Spill::Test
