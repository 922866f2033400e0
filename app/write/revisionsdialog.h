// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/storyquery.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Spill {

class LibraryService;

// The saved versions of one story: when and why each was made, its text to
// read, and Restore (the library keeps the current state as a version first,
// so restoring can itself be undone). Everything is read through the library
// service: the list fills in when it arrives (loaded() then).
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `versionInterval`: the minutes between versions kept while writing.
    RevisionsDialog(LibraryService &service, qint64 storyId, int versionInterval,
                    QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *restoreButton() const { return m_restore; }

    // Restore stays off in a read-only library.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    static QString reasonLabel(const QString &reason);

signals:
    void restored(qint64 storyId);
    // The list of versions arrived.
    void loaded();
    // The selected version's text is shown.
    void previewShown();

private:
    void showRevisions(const QList<RevisionInfo> &revisions);
    void showRevision();
    void showError(const QString &text);
    void restore();

    LibraryService &m_service;
    qint64 m_storyId = 0;
    bool m_readOnly = false;
    QList<RevisionInfo> m_revisions;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Spill
