// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace Spill {

struct Story;
class Workspace;

// Story files (spill-story/1) handed to Spill by a file manager or on its
// command line. Each is read off the GUI thread, offered for import with
// its title ("Import … into your library?"), and only then copied in,
// photos and clips included, through the library's service. One file at a
// time; a file that cannot be read, or a library open read-only, is said
// in a message, never silently skipped. Nothing blocks the event loop.
class StoryFileOpener : public QObject
{
    Q_OBJECT

public:
    StoryFileOpener(Workspace &workspace, QWidget *window);

    // Queues `files` behind any still being offered.
    void open(const QStringList &files);

    // The question or message on show now, null between them.
    QMessageBox *shown() const { return m_shown; }

signals:
    // Stored in the library; the window shows it in Write.
    void imported(qint64 storyId, const QString &title, const QString &note);
    // All the queued files are done with.
    void finished();

private:
    void next();
    void ask(const QString &file, const Story &story);
    void import(const QString &file, const QString &title);
    void say(const QString &text, const QString &details);

    Workspace &m_workspace;
    QWidget *m_window;
    QStringList m_pending;
    bool m_busy = false; // a file is being read, asked about or imported
    QPointer<QMessageBox> m_shown;
};

} // namespace Spill
