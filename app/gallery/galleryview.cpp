// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryview.h"

#include "cardpalette.h"
#include "gallery/galleryroles.h"
#include "shell/widgetkeys.h"
#include "storycarddelegate.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Spill {

GalleryView::GalleryView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new StoryCardDelegate(this))
{
    setItemDelegate(m_delegate);
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    // Every card has the same size, so the view lays out a page without
    // asking the model for each row: this keeps ten thousand stories cheap.
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(false);
    setMouseTracking(true); // hover outlines
    setFrameShape(QFrame::NoFrame);
    const int gap = qRound(fontMetrics().height() * 0.5);
    setSpacing(0); // the grid cells carry the gaps, see updateGrid()
    setViewportMargins(gap, gap, 0, 0);
    setAccessibleName(tr("Stories"));
    setAccessibleDescription(
        tr("Past fails as cards. Enter opens the current story, Delete moves the selected "
           "ones to the trash."));
    updateBackground();

    // Not a blank grey area when nothing is there to show.
    m_empty = new QWidget(viewport());
    m_empty->setObjectName(QStringLiteral("galleryEmpty"));
    m_emptyText = new QLabel;
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyClear = new QPushButton(tr("Clear filters"));
    m_emptyClear->setObjectName(QStringLiteral("emptyClearFilters"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_empty->hide();
    connect(m_emptyClear, &QPushButton::clicked, this, [this] {
        setFocus();
        emit clearFiltersRequested();
    });

    m_open = new QAction(tr("&Open"), this);
    m_open->setShortcut(QKeySequence(Qt::Key_Return));
    m_export = new QAction(tr("&Export selected…"), this);
    m_addTag = new QAction(tr("Add &tag…"), this);
    m_trash = new QAction(tr("Move to t&rash"), this);
    m_trash->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_open, m_trash})
        action->setShortcutVisibleInContextMenu(true);
    // The keys are handled in keyPressEvent; the shortcuts are shown in the
    // menu and stay local to it.
    for (QAction *action : {m_open, m_export, m_addTag, m_trash})
        action->setShortcutContext(Qt::WidgetShortcut);

    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentStoryId())
            emit openRequested(id);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        if (const auto ids = selectedStoryIds(); !ids.isEmpty())
            emit exportRequested(ids);
    });
    connect(m_addTag, &QAction::triggered, this, [this] {
        if (const auto ids = selectedStoryIds(); !ids.isEmpty())
            emit addTagRequested(ids);
    });
    connect(m_trash, &QAction::triggered, this, [this] {
        if (const auto ids = selectedStoryIds(); !ids.isEmpty())
            emit trashRequested(ids);
    });

    m_menu = new QMenu(this);
    m_menu->addAction(m_open);
    m_menu->addSeparator();
    m_menu->addAction(m_export);
    m_menu->addAction(m_addTag);
    m_menu->addSeparator();
    m_menu->addAction(m_trash);

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(StoryIdRole).toLongLong())
            emit openRequested(id);
    });
    updateActions();
}

void GalleryView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    if (model) {
        // The first card's size sets the grid (uniform sizes), so follow it.
        connect(model, &QAbstractItemModel::modelReset, this, &GalleryView::updateGrid);
        connect(model, &QAbstractItemModel::layoutChanged, this, &GalleryView::updateGrid);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first) {
                    if (first == 0)
                        updateGrid();
                });
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
            if (topLeft.row() == 0)
                updateGrid();
        });
        connect(model, &QAbstractItemModel::modelReset, this, &GalleryView::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &GalleryView::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &GalleryView::updateEmptyState);
    }
    updateGrid();
    updateEmptyState();
    if (!selectionModel())
        return;
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                emit currentStoryChanged(current.data(StoryIdRole).toLongLong());
            });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GalleryView::updateActions);
    updateActions();
}

QList<qint64> GalleryView::selectedStoryIds() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows)) {
        if (index.column() != modelColumn())
            continue;
        if (const qint64 id = index.data(StoryIdRole).toLongLong())
            ids.append(id);
    }
    return ids;
}

qint64 GalleryView::currentStoryId() const
{
    return currentIndex().data(StoryIdRole).toLongLong();
}

void GalleryView::updateActions()
{
    const bool hasSelection = selectionModel() && selectionModel()->hasSelection();
    m_open->setEnabled(currentIndex().isValid());
    m_export->setEnabled(hasSelection);
    m_addTag->setEnabled(hasSelection);
    m_trash->setEnabled(hasSelection);
}

void GalleryView::updateBackground()
{
    const QColor back = CardPalette::galleryBackground(palette());
    if (viewport()->palette().color(QPalette::Base) == back)
        return;
    QPalette viewportPalette = viewport()->palette();
    viewportPalette.setColor(QPalette::Base, back);
    viewport()->setPalette(viewportPalette);
}

void GalleryView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateBackground();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGrid();
}

void GalleryView::resizeEvent(QResizeEvent *event)
{
    updateGrid();
    QListView::resizeEvent(event);
    m_empty->setGeometry(viewport()->rect());
}

void GalleryView::setEmptyMessage(const QString &text, bool offerClear)
{
    m_emptyText->setText(text);
    m_emptyClear->setVisible(offerClear);
    updateEmptyState();
}

void GalleryView::updateEmptyState()
{
    const bool empty = !model() || model()->rowCount(rootIndex()) == 0;
    const bool show = empty && !m_emptyText->text().isEmpty();
    if (show == m_empty->isVisible())
        return;
    m_empty->setGeometry(viewport()->rect());
    m_empty->setVisible(show);
}

void GalleryView::updateGrid()
{
    // Spread the columns over the whole width, as photo libraries do, instead
    // of leaving a ragged strip on the right: the cell grows, the card is
    // centred in it by the delegate.
    QSize card = StoryCardDelegate::cardSize(font(), false);
    if (model() && model()->rowCount(rootIndex()) > 0)
        card = sizeHintForIndex(model()->index(0, modelColumn(), rootIndex()));
    const int gap = qRound(fontMetrics().height() * 0.5);
    const int available = std::max(1, viewport()->width() - gap);
    const int columns = std::max(1, available / (card.width() + gap));
    const QSize grid(std::max(card.width() + gap, available / columns), card.height() + gap);
    if (grid != gridSize())
        setGridSize(grid);
}

void GalleryView::keyPressEvent(QKeyEvent *event)
{
    if (isWidgetKey(event, WidgetKey::StoryOpen)) {
        if (const qint64 id = currentStoryId()) {
            emit openRequested(id);
            event->accept();
            return;
        }
    } else if (isWidgetKey(event, WidgetKey::StoryTrash)) {
        if (const auto ids = selectedStoryIds(); !ids.isEmpty()) {
            emit trashRequested(ids);
            event->accept();
            return;
        }
    }
    QListView::keyPressEvent(event);
}

void GalleryView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click on an unselected card acts on that card alone, as file
    // managers do; on a selected one it keeps the whole selection.
    const bool fromKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = fromKeyboard ? currentIndex() : indexAt(event->pos());
    if (index.isValid() && selectionModel() && !selectionModel()->isSelected(index))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else if (index.isValid() && selectionModel())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateActions();
    // popup(), not exec(): no nested event loop.
    const QPoint at = fromKeyboard && index.isValid()
        ? viewport()->mapToGlobal(visualRect(index).center())
        : event->globalPos();
    m_menu->popup(at);
    event->accept();
}

} // namespace Spill
