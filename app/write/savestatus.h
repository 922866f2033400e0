// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace Spill {

// The quiet line under the editor: "Saved · 2 s ago", "Saving…" or
// "Not saved: <why>", followed by any notice (e.g. no dictionary).
class SaveStatus : public QLabel
{
    Q_OBJECT

public:
    enum class State { Idle, Saving, Saved, Failed };

    explicit SaveStatus(QWidget *parent = nullptr);

    void setIdle();
    void setSaving();
    void setSaved(const QDateTime &when);
    void setFailed(const QString &error);
    // A notice shown after the save state, e.g. about spell checking.
    void setNotice(const QString &notice);

    State state() const { return m_state; }
    // "Saved · 2 s ago" and friends, measured to `now`.
    static QString savedText(const QDateTime &when, const QDateTime &now);

private:
    void updateText();

    State m_state = State::Idle;
    QDateTime m_savedAt;
    QString m_error;
    QString m_notice;
    QTimer *m_tick = nullptr;
};

} // namespace Spill
