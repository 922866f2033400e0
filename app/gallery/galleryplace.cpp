// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryplace.h"

#include "gallery/gallerymodel.h"
#include "gallery/galleryqueries.h"
#include "galleryfilterbar.h"
#include "galleryview.h"
#include "lookcloserpanel.h"
#include "patternsview.h"
#include "shell/workspace.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

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

// Runs `work` on the global pool and hands its result to `done` on the GUI
// thread, unless `context` is gone by then.
template<typename Work, typename Done> void runOffThread(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_view, &GalleryView::openRequested, this, &GalleryPlace::openStory);
    connect(m_panel, &LookCloserPanel::openRequested, this, &GalleryPlace::openStory);
    connect(m_patterns, &PatternsView::openRequested, this, &GalleryPlace::openStory);
    connect(m_view, &GalleryView::currentStoryChanged, this, &GalleryPlace::showStory);
    connect(m_view, &GalleryView::trashRequested, this, &GalleryPlace::trashStories);
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
    connect(&m_workspace, &Workspace::storiesChanged, this, &GalleryPlace::storiesChanged);
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
    runOffThread(
        this,
        [handle = m_workspace.handle(), storyId, cache] {
            LoadedStory loaded;
            loaded.story = loadGalleryStory(handle, storyId);
            if (loaded.story) {
                loaded.dream = firstPhoto(*cache, *loaded.story, MediaRole::Dream);
                loaded.reality = firstPhoto(*cache, *loaded.story, MediaRole::Reality);
            }
            return loaded;
        },
        [this, storyId](const LoadedStory &loaded) {
            if (storyId != m_shownStory)
                return; // another card was selected meanwhile
            if (!loaded.story) {
                m_panel->clear();
                return;
            }
            m_panel->setStory(*loaded.story);
            m_panel->setPair(loaded.dream, loaded.reality);
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
    // On a worker's own connection: a large selection is many story rows to
    // rewrite, with their search index rows, in one transaction.
    runOffThread(
        this,
        [handle = m_workspace.handle(), storyIds, tag] {
            QString error;
            const std::unique_ptr<Library> library = Library::connect(handle, &error);
            if (library && !library->addTag(storyIds, tag))
                error = library->lastError();
            return error;
        },
        [this, storyIds, tag](const QString &error) {
            if (error.isEmpty()) {
                emit m_workspace.tagAdded(storyIds, tag.trimmed());
                emit m_workspace.storiesChanged();
            } else
                showError(tr("Add tag"), error);
            emit tagAdded(tag.trimmed(), error);
        });
}

void GalleryPlace::exportStories(const QList<qint64> &storyIds)
{
    if (!storyIds.isEmpty())
        emit m_workspace.exportStoriesRequested(storyIds);
}

void GalleryPlace::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void GalleryPlace::trashStories(const QList<qint64> &storyIds)
{
    if (storyIds.isEmpty() || m_workspace.isReadOnly())
        return;
    if (storyIds.size() == 1) {
        moveToTrash(storyIds);
        return;
    }
    // open(), not exec(): no nested event loop.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Move to trash"),
        tr("Move %n stories to the trash?", nullptr, static_cast<int>(storyIds.size())),
        QMessageBox::Cancel, this);
    box->addButton(tr("Move to Trash"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, storyIds] { moveToTrash(storyIds); });
    box->open();
}

void GalleryPlace::moveToTrash(const QList<qint64> &storyIds)
{
    QStringList errors;
    for (const qint64 id : storyIds) {
        if (!m_workspace.library().moveToTrash(id))
            errors.append(m_workspace.library().lastError());
    }
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Move to trash"), errors.join(u'\n'));
    emit m_workspace.storiesChanged();
}

void GalleryPlace::storiesChanged()
{
    m_patternsStale = true;
    if (!m_model)
        return; // not shown yet: it loads fresh when it is
    m_model->refresh();
    loadTags();
    if (m_tabs->currentWidget() == m_patterns)
        loadPatterns();
}

void GalleryPlace::loadTags()
{
    runOffThread(
        this, [handle = m_workspace.handle()] { return loadGalleryTags(handle); },
        [this](const QStringList &tags) {
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
    ThumbnailCache *cache = &m_workspace.thumbnails();
    runOffThread(
        this,
        [handle = m_workspace.handle(), cache] {
            GalleryPatterns patterns = loadGalleryPatterns(handle, QDate::currentDate());
            std::optional<OnThisDay> onThisDay;
            if (patterns.onThisDay) {
                const Story &story = *patterns.onThisDay;
                OnThisDay card;
                card.storyId = story.id;
                card.title = story.title;
                card.dish = story.dish;
                card.created = story.created;
                if (!story.failureKinds.isEmpty())
                    card.failureKind = failureKindKey(story.failureKinds.constFirst());
                card.thumbnail = firstPhoto(*cache, story, MediaRole::Reality);
                onThisDay = card;
            }
            return std::make_pair(patterns, onThisDay);
        },
        [this, generation](const std::pair<GalleryPatterns, std::optional<OnThisDay>> &result) {
            if (generation != m_patternsGeneration)
                return;
            m_patterns->setData(result.first.stats);
            m_patterns->setOnThisDay(result.second);
        });
}

} // namespace Spill
