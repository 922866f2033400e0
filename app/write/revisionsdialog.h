// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/storyquery.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Spill {

class Library;

// The saved versions of one story: when and why each was made, its text to
// read, and Restore (the library keeps the current state as a version first,
// so restoring can itself be undone).
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionsDialog(Library &library, qint64 storyId, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *restoreButton() const { return m_restore; }

    static QString reasonLabel(const QString &reason);

signals:
    void restored(qint64 storyId);

private:
    void showRevision();
    void restore();

    Library &m_library;
    qint64 m_storyId = 0;
    QList<RevisionInfo> m_revisions;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Spill
