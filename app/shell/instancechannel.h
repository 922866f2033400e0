// SPDX-License-Identifier: GPL-3.0-or-later
// One window per library. A Spill started on a library another Spill has
// open (a story file opened from the file manager, the desktop entry's New
// Story, or Spill started again) hands what it was asked for to that Spill
// over the session bus and quits, instead of opening a second window that
// could only read the library.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Spill {

// The session bus name of the Spill that has the library in `folder` open:
// one per library, so Spills on different libraries stay apart.
QString instanceServiceName(const QString &folder);

// The running side: once listen() has reached the session bus, a request
// from another start arrives as requested(). Without a session bus it
// does nothing, and another start opens its own window as before.
class InstanceChannel : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.spill.spill.Instance")

public:
    InstanceChannel(const QString &folder, QObject *parent);
    ~InstanceChannel() override;

    // Connects to the session bus off the GUI thread, then takes the
    // library's name without waiting for the bus's answer.
    void listen();

signals:
    void requested(bool newStory, const QStringList &storyFiles);
    // The bus answered listen(): whether this Spill now has the name.
    void listening(bool owned);

public slots:
    // The bus method another start calls; story files as absolute paths.
    void Open(bool newStory, const QStringList &storyFiles);

private:
    void requestName();

    QString m_service;
    bool m_registered = false;
};

// The starting side, before any window: hands the request to the Spill
// that has `folder` open, waiting at most `timeoutMs` for its answer.
// False when no Spill there answers (no session bus, an older Spill, one
// busy past the timeout): the caller then opens its own window.
bool handOverToRunningSpill(const QString &folder, bool newStory, const QStringList &storyFiles,
                            int timeoutMs = 5000);

} // namespace Spill
