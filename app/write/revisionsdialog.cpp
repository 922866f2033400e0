// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionsdialog.h"

#include "async/continuation.h"
#include "library/libraryservice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spill {

RevisionsDialog::RevisionsDialog(LibraryService &service, qint64 storyId, int versionInterval,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_storyId(storyId)
{
    setWindowTitle(tr("Story History"));
    setObjectName(QStringLiteral("revisionsDialog"));

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Saved versions"));
    m_preview = new QPlainTextEdit;
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Text of the selected version"));
    m_preview->setPlaceholderText(tr("Select a version to read it."));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("Restore This Version"), QDialogButtonBox::ActionRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RevisionsDialog::restore);

    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list, 1);
    panes->addWidget(m_preview, 2);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Spill keeps a version every %n minute(s) of writing, when the "
                                "status changes and whenever you save one (Ctrl+Shift+S). "
                                "Preferences sets how often.",
                                nullptr, versionInterval));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(fontMetrics().height() * 48, fontMetrics().height() * 30);

    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionsDialog::showRevision);
    onResult(m_service.revisions(m_storyId), this,
             [this](const LibraryResult<QList<RevisionInfo>> &result) {
                 if (!result.ok())
                     showError(result.error);
                 showRevisions(result.value);
             });
}

void RevisionsDialog::showRevisions(const QList<RevisionInfo> &revisions)
{
    m_revisions = revisions;
    for (const RevisionInfo &revision : std::as_const(m_revisions)) {
        const QString when =
            QLocale().toString(revision.created.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(when, reasonLabel(revision.reason)));
        item->setData(Qt::UserRole, revision.id);
        m_list->addItem(item);
    }
    if (m_revisions.isEmpty())
        m_preview->setPlaceholderText(tr("No versions yet: Spill keeps one as you write."));
    if (!m_revisions.isEmpty())
        m_list->setCurrentRow(0);
    emit loaded();
}

void RevisionsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

QString RevisionsDialog::reasonLabel(const QString &reason)
{
    if (reason == Library::RevisionManual)
        return tr("Saved by you");
    if (reason == Library::RevisionPeriodic)
        return tr("While writing");
    if (reason == Library::RevisionStatusChange)
        return tr("Status changed");
    if (reason == Library::RevisionBeforeRestore)
        return tr("Before a restore");
    return reason;
}

void RevisionsDialog::showRevision()
{
    const int row = m_list->currentRow();
    m_restore->setEnabled(row >= 0 && !m_readOnly);
    if (row < 0) {
        m_preview->clear();
        return;
    }
    onResult(m_service.revision(m_revisions.at(row).id), this,
             [this, row](const LibraryResult<Story> &result) {
                 if (row != m_list->currentRow())
                     return; // another version was selected meanwhile
                 if (!result.ok()) {
                     m_preview->clear();
                     showError(result.error);
                     m_restore->setEnabled(false);
                     return;
                 }
                 const Story *story = &result.value;
                 QString text = story->title.isEmpty() ? tr("Untitled story") : story->title;
                 text += QStringLiteral("\n\n");
                 for (Beat beat : AllBeats) {
                     text += beatTitle(beat) + QStringLiteral("\n");
                     text += story->beat(beat).trimmed().isEmpty() ? tr("(not written)")
                                                                   : story->beat(beat);
                     text += QStringLiteral("\n\n");
                 }
                 m_preview->setPlainText(text.trimmed());
                 emit previewShown();
             });
}

void RevisionsDialog::restore()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_restore->setEnabled(false);
    onResult(m_service.restoreRevision(m_revisions.at(row).id), this,
             [this](const LibraryResult<bool> &result) {
                 if (!result.ok()) {
                     m_restore->setEnabled(!m_readOnly);
                     showError(tr("Could not restore this version: %1").arg(result.error));
                     return;
                 }
                 emit restored(m_storyId);
                 accept();
             });
}

} // namespace Spill
