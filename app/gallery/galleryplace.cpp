// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryplace.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryqueries.h"
#include "galleryfilterbar.h"
#include "galleryview.h"
#include "library/librarycommands.h"
#include "lookcloserpanel.h"
#include "patternsview.h"
#include "shell/workspace.h"
#include "write/messagebar.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

// The Look closer panel's photos: larger than a card's thumbnail, still far
// from a full decode; cached on disk like the cards' thumbnails.
constexpr int PairSize = 720;

struct LoadedStory
{
    std::optional<Story> story;
    QImage dream;
    QImage reality;
};

QImage firstPhoto(const ThumbnailCache &cache, const Story &story, MediaRole role)
{
    for (const MediaItem &item : story.media) {
        if (item.kind == MediaKind::Photo && item.role == role && !item.hash.isEmpty()) {
            const ThumbnailResult result =
                cache.thumbnail(item.hash, QFileInfo(item.file).suffix().toLower(), PairSize);
            return result.image;
        }
    }
    return {};
}

} // namespace

GalleryPlace::GalleryPlace(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setAccessibleName(tr("Gallery"));
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);

    auto *stories = new QWidget;
    auto *storiesLayout = new QVBoxLayout(stories);
    storiesLayout->setContentsMargins(0, 0, 0, 0);
    storiesLayout->setSpacing(0);
    m_filterBar = new GalleryFilterBar;
    storiesLayout->addWidget(m_filterBar);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    m_view = new GalleryView;
    m_panel = new LookCloserPanel;
    splitter->addWidget(m_view);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The grid gets most of the room; the panel's own size hint would take half.
    splitter->setSizes({720, 340});
    storiesLayout->addWidget(splitter, 1);
    m_tabs->addTab(stories, tr("Stories"));

    m_patterns = new PatternsView;
    m_tabs->addTab(m_patterns, tr("Patterns"));

    m_messages = new MessageBar;
    m_messages->setUndoStack(m_workspace.libraryUndoStack());
    connect(m_messages, &MessageBar::undoRequested, m_workspace.libraryUndoStack(),
            &QUndoStack::undo);
    auto *footer = new QHBoxLayout;
    const int line = fontMetrics().height();
    footer->setContentsMargins(line, line / 4, line / 2, line / 4);
    footer->addStretch(1);
    footer->addWidget(m_messages);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);

    connect(m_view, &GalleryView::openRequested, this, &GalleryPlace::openStory);
    connect(m_panel, &LookCloserPanel::openRequested, this, &GalleryPlace::openStory);
    connect(m_patterns, &PatternsView::openRequested, this, &GalleryPlace::openStory);
    connect(m_view, &GalleryView::currentStoryChanged, this, &GalleryPlace::showStory);
    connect(m_view, &GalleryView::trashRequested, this, &GalleryPlace::trashStories);
    connect(m_view, &GalleryView::clearFiltersRequested, m_filterBar,
            &GalleryFilterBar::clearFilters);
    connect(m_view, &GalleryView::addTagRequested, this, &GalleryPlace::askForTag);
    // A read-only library takes no tags: do not offer it.
    m_view->addTagAction()->setVisible(!m_workspace.isReadOnly());
    connect(m_view, &GalleryView::exportRequested, this, &GalleryPlace::exportStories);
    connect(m_patterns, &PatternsView::filterRequested, this,
            [this](const GalleryFilters &filters) {
                m_filterBar->setFilters(filters);
                showStories();
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_patterns && m_patternsStale)
            loadPatterns();
    });
    LibraryService &service = m_workspace.service();
    connect(&service, &LibraryService::storyChanged, this, &GalleryPlace::storyChanged);
    connect(&service, &LibraryService::storiesDeleted, this, [this](const QList<qint64> &ids) {
        if (m_model)
            m_model->removeStories(ids);
    });
    connect(&service, &LibraryService::tagsChanged, this, [this] {
        if (m_model)
            loadTags();
    });
    connect(&service, &LibraryService::commandFailed, m_messages,
            [this](const QString &error) { m_messages->showMessage(error); });
}

void GalleryPlace::focusSearch()
{
    showStories();
    m_filterBar->focusSearch();
}

GalleryPlace::~GalleryPlace() = default;

void GalleryPlace::showStories()
{
    m_tabs->setCurrentIndex(0);
}

void GalleryPlace::showPatterns()
{
    m_tabs->setCurrentWidget(m_patterns);
}

void GalleryPlace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureModel();
}

void GalleryPlace::ensureModel()
{
    if (m_model)
        return;
    m_model = new GalleryModel(m_workspace.handle(), &m_workspace.thumbnails(),
                               m_filterBar->filters(), this);
    m_view->setModel(m_model);
    connect(m_filterBar, &GalleryFilterBar::filtersChanged, m_model, &GalleryModel::setFilters);
    connect(m_model, &GalleryModel::countsChanged, m_filterBar, &GalleryFilterBar::setCount);
    connect(m_model, &GalleryModel::countsChanged, this, [this](int, int total) {
        if (total == 0)
            m_view->setEmptyMessage(tr("No stories yet. The fails you write in Write gather here."),
                                    false);
        else
            m_view->setEmptyMessage(tr("No story matches these filters."), true);
    });
    loadTags();
    if (m_tabs->currentWidget() == m_patterns)
        loadPatterns();
}

void GalleryPlace::openStory(qint64 storyId)
{
    if (storyId <= 0)
        return;
    emit m_workspace.openStoryRequested(storyId);
    emit writeRequested(storyId);
}

void GalleryPlace::showStory(qint64 storyId)
{
    m_shownStory = storyId;
    if (storyId <= 0) {
        m_panel->clear();
        return;
    }
    ThumbnailCache *cache = &m_workspace.thumbnails();
    onResult(m_workspace.service().story(storyId), this,
             [this, storyId, cache](const LibraryResult<Story> &result) {
                 if (storyId != m_shownStory)
                     return; // another card was selected meanwhile
                 if (!result.ok()) {
                     m_panel->clear();
                     return;
                 }
                 m_panel->setStory(result.value);
                 // The photos decode off the GUI thread too.
                 const auto pair =
                     QtConcurrent::run(backgroundPool(), [cache, story = result.value] {
                         return std::make_pair(firstPhoto(*cache, story, MediaRole::Dream),
                                               firstPhoto(*cache, story, MediaRole::Reality));
                     });
                 onResult(pair, this, [this, storyId](const std::pair<QImage, QImage> &photos) {
                     if (storyId == m_shownStory)
                         m_panel->setPair(photos.first, photos.second);
                 });
             });
}

void GalleryPlace::askForTag(const QList<qint64> &storyIds)
{
    if (storyIds.isEmpty() || m_workspace.isReadOnly())
        return;
    // An editable combo box: the library's tags complete what is typed, and
    // a new tag is just typed. open(), not exec(): no nested event loop.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add tag"));
    dialog->setLabelText(
        tr("Tag for %n selected stories:", nullptr, static_cast<int>(storyIds.size())));
    dialog->setComboBoxItems(m_tags);
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(QString());
    dialog->setOkButtonText(tr("Add Tag"));
    m_tagDialog = dialog;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, storyIds](const QString &tag) { addTag(storyIds, tag); });
    dialog->open();
}

void GalleryPlace::addTag(const QList<qint64> &storyIds, const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return;
    // On the library's worker: a large selection is many story rows to
    // rewrite, with their search index rows, in one transaction.
    auto *command = new AddTagCommand(m_workspace.service(), storyIds, tag);
    m_workspace.libraryUndoStack()->push(command);
    onResult(command->result(), this,
             [this, tag = tag.trimmed()](const LibraryResult<QList<qint64>> &result) {
                 if (result.ok()) {
                     emit m_workspace.tagAdded(result.value, tag);
                     m_messages->showMessage(tr("Tag \"%1\" added.").arg(tag), true);
                 } else {
                     m_messages->showMessage(result.error);
                 }
                 emit tagAdded(tag, result.error);
             });
}

void GalleryPlace::exportStories(const QList<qint64> &storyIds)
{
    if (!storyIds.isEmpty())
        emit m_workspace.exportStoriesRequested(storyIds);
}

void GalleryPlace::trashStories(const QList<qint64> &storyIds)
{
    if (storyIds.isEmpty() || m_workspace.isReadOnly())
        return;
    // No question first: it can be undone, here or from the Edit menu.
    m_workspace.libraryUndoStack()->push(new TrashStoriesCommand(m_workspace.service(), storyIds));
    m_messages->showMessage(
        tr("%n stories moved to the trash.", nullptr, static_cast<int>(storyIds.size())), true);
}

void GalleryPlace::storyChanged(const StorySummary &summary)
{
    m_patternsStale = true;
    if (!m_model)
        return; // not shown yet: it loads fresh when it is
    m_model->updateStory(summary);
    if (summary.id == m_shownStory && summary.trashedAt.isValid())
        m_panel->clear();
    if (m_tabs->currentWidget() == m_patterns)
        loadPatterns();
}

void GalleryPlace::loadTags()
{
    onResult(m_workspace.service().allTags(), this,
             [this](const LibraryResult<QStringList> &result) {
                 if (!result.ok())
                     return;
                 const QStringList &tags = result.value;
                 m_tags = tags;
                 m_filterBar->setTags(tags);
                 // An "Add tag" dialog opened before the tags arrived offers them
                 // now, keeping what was typed.
                 if (m_tagDialog) {
                     const QString typed = m_tagDialog->textValue();
                     m_tagDialog->setComboBoxItems(tags);
                     m_tagDialog->setTextValue(typed);
                 }
             });
}

void GalleryPlace::loadPatterns()
{
    m_patternsStale = false;
    const int generation = ++m_patternsGeneration;
    const QDate today = QDate::currentDate();
    const QFuture<LibraryResult<GalleryPatterns>> counted =
        m_workspace.service().call<GalleryPatterns>([today](Library &library, LibraryChanges &) {
            LibraryResult<GalleryPatterns> result;
            result.value = loadGalleryPatterns(library, today);
            result.error = result.value.error;
            return result;
        });
    ThumbnailCache *cache = &m_workspace.thumbnails();
    onResult(counted, this,
             [this, generation, cache](const LibraryResult<GalleryPatterns> &result) {
                 if (generation != m_patternsGeneration)
                     return;
                 const GalleryPatterns &patterns = result.value;
                 m_patterns->setData(patterns.stats);
                 if (!patterns.onThisDay) {
                     m_patterns->setOnThisDay(std::nullopt);
                     return;
                 }
                 // The card's photo decodes off the GUI thread.
                 const auto card =
                     QtConcurrent::run(backgroundPool(), [cache, story = *patterns.onThisDay] {
                         OnThisDay card;
                         card.storyId = story.id;
                         card.title = story.title;
                         card.dish = story.dish;
                         card.created = story.created;
                         if (!story.failureKinds.isEmpty())
                             card.failureKind = failureKindKey(story.failureKinds.constFirst());
                         card.thumbnail = firstPhoto(*cache, story, MediaRole::Reality);
                         return card;
                     });
                 onResult(card, this, [this, generation](const OnThisDay &onThisDay) {
                     if (generation == m_patternsGeneration)
                         m_patterns->setOnThisDay(onThisDay);
                 });
             });
}

} // namespace Spill
