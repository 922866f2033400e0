// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportplace.h"

#include "async/continuation.h"
#include "exportpreviewpane.h"
#include "exportrunpanel.h"
#include "exportstorymodel.h"
#include "exporttargetbar.h"
#include "paneheading.h"
#include "publish/publishdialog.h"
#include "shell/widgetkeys.h"
#include "shell/workspace.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Spill {

ExportPlace::ExportPlace(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setAccessibleName(tr("Export"));
    m_model = new ExportStoryModel(workspace.service(), this);
    m_target = new ExportTargetBar;
    m_preview = new ExportPreviewPane;
    m_run = new ExportRunPanel;

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createStoryList());
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_target);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_run);
    createShortcuts();

    connect(m_target, &ExportTargetBar::formatChanged, this, &ExportPlace::requestPreview);
    connect(m_target, &ExportTargetBar::themeChanged, this, &ExportPlace::requestPreview);
    connect(m_target, &ExportTargetBar::commentsChanged, this, &ExportPlace::requestPreview);
    connect(m_target, &ExportTargetBar::shareKitChanged, this, &ExportPlace::requestPreview);
    connect(m_target, &ExportTargetBar::outputFolderChanged, this,
            &ExportPlace::updateExportAllowed);
    connect(m_preview, &ExportPreviewPane::renderFinished, this, &ExportPlace::renderFinished);
    connect(m_preview, &ExportPreviewPane::copyForWordPressRequested, this,
            &ExportPlace::copyForWordPress);
    connect(m_model, &ExportStoryModel::checkedChanged, this, &ExportPlace::updateExportAllowed);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExportPlace::requestPreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExportPlace::requestPreview);
    // The story shown changed in the library (an autosave): its preview too.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_list->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    requestPreview();
            });
    connect(m_run, &ExportRunPanel::exportRequested, this, &ExportPlace::startExport);
    connect(m_run, &ExportRunPanel::publishRequested, this, &ExportPlace::publishToWordPress);
    connect(m_run, &ExportRunPanel::finished, this, [this](const BatchResult &result) {
        updateExportAllowed();
        emit exportFinished(result);
    });

    connect(m_model, &ExportStoryModel::pageLoaded, this, &ExportPlace::onPageLoaded);

    updateExportAllowed();
}

void ExportPlace::onPageLoaded()
{
    if (!m_model->lastError().isEmpty())
        m_preview->showNothing(tr("Could not list the stories: %1").arg(m_model->lastError()));
    if (m_wantedStory != 0) {
        // Asked for before its row was listed: the next page may have it.
        const int row = m_model->rowOf(m_wantedStory);
        if (row < 0 && m_model->canFetchMore({}) && m_model->lastError().isEmpty()) {
            m_model->fetchMore({});
            return;
        }
        m_wantedStory = 0;
        if (row >= 0) {
            m_list->setCurrentIndex(m_model->index(row));
            return;
        }
    }
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    else
        requestPreview();
}

ExportPlace::~ExportPlace() = default;

QWidget *ExportPlace::createStoryList()
{
    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Stories to export"));
    m_list->setUniformItemSizes(true);
    // Long titles are elided; the tooltip has the whole title.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(200);
    auto *all = new QPushButton(tr("Select &all"));
    all->setAccessibleName(tr("Check every story"));
    auto *none = new QPushButton(tr("Select &none"));
    none->setAccessibleName(tr("Uncheck every story"));
    connect(all, &QPushButton::clicked, m_model, &ExportStoryModel::checkAll);
    connect(none, &QPushButton::clicked, m_model, &ExportStoryModel::checkNone);
    m_checkedLabel = new QLabel;
    m_checkedLabel->setAccessibleName(tr("Checked stories"));
    m_checkedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_checkedLabel->setWordWrap(true);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(paneHeading(tr("&Stories"), m_list));
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_checkedLabel);
    return panel;
}

void ExportPlace::createShortcuts()
{
    // Window shortcuts of a widget in a stack only fire while it is shown.
    const auto add = [this](WidgetKey key, void (ExportPlace::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcuts(widgetKeySequences(key));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(WidgetKey::ExportCopyHtml, &ExportPlace::copyHtml);
    add(WidgetKey::ExportCopyMarkdown, &ExportPlace::copyMarkdown);
    add(WidgetKey::ExportCopyWordPress, &ExportPlace::copyForWordPress);
    add(WidgetKey::ExportRun, &ExportPlace::startExport);
}

ExportFormat ExportPlace::format() const
{
    return m_target->format();
}

void ExportPlace::setFormat(ExportFormat format)
{
    m_target->setFormat(format);
}

QString ExportPlace::theme() const
{
    return m_target->theme();
}

void ExportPlace::setTheme(const QString &name)
{
    m_target->setTheme(name);
}

QString ExportPlace::outputFolder() const
{
    return m_target->outputFolder();
}

void ExportPlace::setOutputFolder(const QString &folder)
{
    m_target->setOutputFolder(folder);
}

qint64 ExportPlace::currentStoryId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void ExportPlace::setCurrentStory(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_wantedStory = 0;
        m_list->setCurrentIndex(m_model->index(row));
        return;
    }
    // Not listed yet: the pages are read until it is (onPageLoaded()).
    m_wantedStory = id;
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void ExportPlace::selectStories(const QList<qint64> &ids)
{
    m_model->setChecked(ids);
    if (!ids.isEmpty())
        setCurrentStory(ids.constFirst());
}

void ExportPlace::updateExportAllowed()
{
    const int checked = m_model->checkedCount();
    m_checkedLabel->setText(checked == 1 ? tr("One story checked")
                                         : tr("%n stories checked", nullptr, checked));
    QString reason;
    if (outputFolder().isEmpty())
        reason = tr("Choose an output folder first");
    else if (checked == 0)
        reason = tr("Check the stories to export first");
    m_run->setBlockedReason(reason);
}

PublishSource ExportPlace::publishSource() const
{
    return {m_workspace.handle(), m_workspace.thumbnails().prober()};
}

void ExportPlace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewDirty)
        requestPreview();
}

void ExportPlace::requestPreview()
{
    // Hidden: render when shown, not on every autosave elsewhere.
    if (!isVisible()) {
        m_previewDirty = true;
        return;
    }
    m_previewDirty = false;
    const qint64 storyId = currentStoryId();
    if (storyId == 0) {
        if (m_model->isLoading())
            return; // the first page is on its way
        if (!m_model->lastError().isEmpty())
            return; // the list's error is on show
        m_preview->showNothing(m_model->rowCount() == 0 ? tr("No stories yet: write one first")
                                                        : tr("Pick a story to see its preview"));
        return;
    }
    m_preview->render(publishSource(), storyId, format(), m_target->options());
}

QString ExportPlace::previewSource() const
{
    return m_preview->preview().source;
}

QString ExportPlace::previewError() const
{
    return m_preview->preview().error;
}

bool ExportPlace::isRendering() const
{
    return m_preview->isRendering();
}

void ExportPlace::copyHtml()
{
    m_preview->copyHtml();
}

void ExportPlace::copyForWordPress()
{
    const PreviewResult &preview = m_preview->preview();
    // With a site to put them on, the photos and clips go up first, so the
    // copied post shows them.
    if (preview.mediaLeftOut > 0 && preview.storyId > 0 &&
        !m_workspace.preferences().wordPressSites().isEmpty()) {
        if (findChild<PublishDialog *>())
            return; // one at a time: it is open already
        auto *dialog = new PublishDialog(m_workspace, {preview.storyId}, this,
                                         PublishDialog::Purpose::CopyBlocks);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    m_preview->copyForWordPress();
}

void ExportPlace::copyMarkdown()
{
    m_preview->copyMarkdown();
}

void ExportPlace::startExport()
{
    if (!m_run->canStart())
        return;
    ExportJob job;
    job.source = publishSource();
    job.storyIds = m_model->checkedIds();
    job.format = format();
    job.options = m_target->options();
    job.outputDir = QDir::fromNativeSeparators(outputFolder());
    // The files are made from the library: the open story's last words first.
    const auto begin = [this, job](bool written) {
        updateExportAllowed();
        if (!written) {
            m_run->refuse(tr("The story open in Write could not be saved, so nothing was "
                             "exported: see the message in Write."));
            return;
        }
        m_run->start(job);
    };
    const QFuture<bool> saved = m_workspace.writePendingEdits();
    if (saved.isFinished()) {
        begin(saved.result());
        return;
    }
    m_run->setBlockedReason(tr("Saving the story open in Write…"));
    onResult(saved, this, begin);
}

void ExportPlace::publishToWordPress()
{
    if (findChild<PublishDialog *>())
        return; // one at a time: it is open already
    auto *dialog = new PublishDialog(m_workspace, m_model->checkedIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExportPlace::cancelExport()
{
    m_run->cancel();
}

} // namespace Spill
