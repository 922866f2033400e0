// SPDX-License-Identifier: GPL-3.0-or-later
#include "savestatus.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace Spill {

SaveStatus::SaveStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("saveStatus"));
    setAccessibleName(tr("Save status"));
    setForegroundRole(QPalette::PlaceholderText);
    setTextFormat(Qt::PlainText);
    m_tick = new QTimer(this);
    m_tick->setInterval(5000);
    connect(m_tick, &QTimer::timeout, this, &SaveStatus::updateText);
}

void SaveStatus::setIdle()
{
    m_state = State::Idle;
    updateText();
}

void SaveStatus::setSaving()
{
    if (m_state == State::Saving)
        return;
    m_state = State::Saving;
    updateText();
}

void SaveStatus::setSaved(const QDateTime &when)
{
    m_state = State::Saved;
    m_savedAt = when;
    updateText();
}

void SaveStatus::setFailed(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    updateText();
}

void SaveStatus::setNotice(const QString &notice)
{
    m_notice = notice;
    updateText();
}

QString SaveStatus::savedText(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 1)
        return tr("Saved");
    if (seconds < 60)
        return tr("Saved · %n s ago", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return tr("Saved · %n min ago", nullptr, static_cast<int>(seconds / 60));
    return tr("Saved at %1")
        .arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat));
}

void SaveStatus::updateText()
{
    QString text;
    switch (m_state) {
    case State::Idle:
        break;
    case State::Saving:
        text = tr("Saving…");
        break;
    case State::Saved:
        text = savedText(m_savedAt, QDateTime::currentDateTimeUtc());
        break;
    case State::Failed:
        text = tr("Not saved: %1").arg(m_error);
        break;
    }
    if (!m_notice.isEmpty())
        text = text.isEmpty() ? m_notice : tr("%1 · %2").arg(text, m_notice);
    setText(text);
    setForegroundRole(m_state == State::Failed ? QPalette::Text : QPalette::PlaceholderText);
    setToolTip(m_state == State::Failed ? m_error : QString());
    if (m_state == State::Saved)
        m_tick->start();
    else
        m_tick->stop();
}

} // namespace Spill
