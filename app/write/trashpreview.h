// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Spill {

struct Story;

// A story in the trash, shown as it was left and read-only, with when it
// was trashed and a Restore button: the Write place shows it in place of the
// editor while the trash is open.
class TrashPreview : public QWidget
{
    Q_OBJECT

public:
    explicit TrashPreview(QWidget *parent = nullptr);

    // `trashedAt` comes from the trash list (the story itself does not say).
    void showStory(qint64 id, const Story &story, const QDateTime &trashedAt);
    // A line in place of a story: none selected, loading, or a problem.
    void showMessage(const QString &text);
    void setReadOnly(bool readOnly);

    qint64 storyId() const { return m_id; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *trashedLabel() const { return m_trashed; }
    QPlainTextEdit *text() const { return m_text; }
    QPushButton *restoreButton() const { return m_restore; }

signals:
    void restoreRequested(qint64 id);

private:
    qint64 m_id = 0;
    bool m_readOnly = false;
    QLabel *m_title = nullptr;
    QLabel *m_trashed = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_restore = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Spill
