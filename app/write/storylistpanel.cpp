// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistpanel.h"

#include "shell/widgetkeys.h"
#include "storylistmodel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Spill {

namespace {

// Two quiet lines per story: the title, and below it when it was edited.
class StoryRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return {line * 10, line * 2 + line};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QWidget *widget = option.widget;
        // The open story sits on the page colour while the list is not in
        // use; the strong highlight is kept for keyboard navigation.
        const bool focused = widget && widget->hasFocus();
        const bool selected = option.state.testFlag(QStyle::State_Selected) && focused;
        if (option.state.testFlag(QStyle::State_Selected) && !focused) {
            painter->fillRect(option.rect, option.palette.color(QPalette::Base));
        } else {
            QStyleOptionViewItem base = option;
            initStyleOption(&base, index);
            base.text.clear();
            QStyle *style = widget ? widget->style() : QApplication::style();
            style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
        }

        const QPalette::ColorGroup group =
            option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
        const int line = option.fontMetrics.height();
        const QRect text = option.rect.adjusted(line / 2, line / 2, -line / 2, -line / 2);

        painter->save();
        QFont titleFont = option.font;
        titleFont.setWeight(QFont::DemiBold);
        painter->setFont(titleFont);
        painter->setPen(
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QString title = QFontMetrics(titleFont).elidedText(
            index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width());
        painter->drawText(QRect(text.left(), text.top(), text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter, title);

        painter->setFont(option.font);
        QColor quiet = option.palette.color(
            group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(quiet);
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(StoryListModel::RelativeTimeRole).toString());
        painter->restore();
    }
};

} // namespace

StoryListPanel::StoryListPanel(LibraryService &service, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storyList"));
    m_stories = new StoryListModel(service, false, this);
    m_trash = new StoryListModel(service, true, this);
    // The open story is marked once its row arrives or moves in.
    connect(m_stories, &StoryListModel::pageLoaded, this, [this] { setCurrentStory(m_current); });
    connect(m_stories, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_storiesView->currentIndex().isValid())
            setCurrentStory(m_current);
    });
    for (StoryListModel *model : {m_stories, m_trash}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &StoryListPanel::updateActions);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &StoryListPanel::updateActions);
    }

    m_heading = new QLabel(tr("Stories"));
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    m_new = new QToolButton;
    m_new->setText(tr("New"));
    m_new->setToolTip(tr("New story (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_new->setAccessibleName(tr("New story"));
    m_new->setAutoRaise(true);
    connect(m_new, &QToolButton::clicked, this, &StoryListPanel::newRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_new);

    m_storiesView = createView(m_stories, tr("Stories"));
    m_trashView = createView(m_trash, tr("Trash"));
    m_views = new QStackedWidget;
    m_views->addWidget(m_storiesView);
    m_views->addWidget(m_trashView);

    m_duplicate = new QAction(tr("Duplicate"), this);
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId(m_storiesView))
            emit duplicateRequested(id);
    });
    m_moveToTrash = new QAction(tr("Move to Trash"), this);
    m_moveToTrash->setShortcuts(widgetKeySequences(WidgetKey::StoryTrash));
    m_moveToTrash->setShortcutContext(Qt::WidgetShortcut);
    connect(m_moveToTrash, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId(m_storiesView))
            emit trashRequested(id);
    });
    m_storiesView->addAction(m_duplicate);
    m_storiesView->addAction(m_moveToTrash);
    m_storiesView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_restore = new QAction(tr("Restore"), this);
    connect(m_restore, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId(m_trashView))
            emit restoreRequested(id);
    });
    m_trashView->addAction(m_restore);
    m_trashView->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_storiesView, &QListView::activated, this,
            [this](const QModelIndex &index) { emit openRequested(m_stories->storyId(index)); });
    connect(m_storiesView, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit openRequested(m_stories->storyId(index)); });
    connect(m_trashView, &QListView::activated, this, [this] { m_restore->trigger(); });
    connect(m_trashView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit trashCurrentChanged(m_trash->storyId(current),
                                         current.data(StoryListModel::TrashedAtRole).toDateTime());
            });

    m_trashToggle = new QPushButton(tr("Trash"));
    m_trashToggle->setCheckable(true);
    m_trashToggle->setFlat(true);
    m_trashToggle->setAccessibleName(tr("Show the trash"));
    connect(m_trashToggle, &QPushButton::toggled, this, &StoryListPanel::showTrash);
    m_emptyTrash = new QPushButton(tr("Empty Trash…"));
    m_emptyTrash->setFlat(true);
    m_emptyTrash->setVisible(false);
    connect(m_emptyTrash, &QPushButton::clicked, this, &StoryListPanel::emptyTrashRequested);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_trashToggle);
    footer->addStretch(1);
    footer->addWidget(m_emptyTrash);

    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line / 2, line / 2, line / 4, line / 4);
    layout->setSpacing(line / 4);
    layout->addLayout(header);
    layout->addWidget(m_views, 1);
    layout->addLayout(footer);
    // At least eight lines wide, and never narrower than its heading and
    // buttons (German's "Geschichten" beside "Neu" was cut off at 1024 px).
    setMinimumWidth(std::max(line * 8, layout->minimumSize().width()));
    setMaximumWidth(std::max(line * 16, minimumWidth()));

    connect(m_stories, &QAbstractItemModel::modelReset, this, &StoryListPanel::updateActions);
    connect(m_trash, &QAbstractItemModel::modelReset, this, &StoryListPanel::updateActions);
    updateActions();
}

QListView *StoryListPanel::createView(StoryListModel *model, const QString &name)
{
    auto *view = new QListView;
    view->setAccessibleName(name);
    view->setModel(model);
    view->setItemDelegate(new StoryRowDelegate(view));
    view->setFrameShape(QFrame::NoFrame);
    view->setUniformItemSizes(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setBackgroundRole(QPalette::Window);
    view->viewport()->setBackgroundRole(QPalette::Window);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StoryListPanel::updateActions);
    return view;
}

void StoryListPanel::start()
{
    m_stories->start();
    if (isShowingTrash())
        m_trash->start();
    setCurrentStory(m_current);
}

void StoryListPanel::setCurrentStory(qint64 id)
{
    m_current = id;
    const QModelIndex index = m_stories->indexOfStory(id);
    if (index.isValid())
        m_storiesView->setCurrentIndex(index);
    else
        m_storiesView->clearSelection();
    updateActions();
}

void StoryListPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_new->setEnabled(!readOnly);
    updateActions();
}

bool StoryListPanel::isShowingTrash() const
{
    return m_views->currentWidget() == m_trashView;
}

void StoryListPanel::showTrash(bool trash)
{
    if (trash)
        m_trash->start();
    m_views->setCurrentWidget(trash ? m_trashView : m_storiesView);
    m_heading->setText(trash ? tr("Trash") : tr("Stories"));
    m_trashToggle->setChecked(trash);
    m_trashToggle->setText(trash ? tr("Back to stories") : tr("Trash"));
    m_trashToggle->setAccessibleName(trash ? tr("Back to the stories") : tr("Show the trash"));
    m_emptyTrash->setVisible(trash);
    m_new->setVisible(!trash);
    updateActions();
    emit trashShown(trash);
}

qint64 StoryListPanel::selectedId(QListView *view) const
{
    const QModelIndex index = view->currentIndex();
    return static_cast<StoryListModel *>(view->model())->storyId(index);
}

void StoryListPanel::updateActions()
{
    const bool story = selectedId(m_storiesView) != 0;
    m_duplicate->setEnabled(story && !m_readOnly);
    m_moveToTrash->setEnabled(story && !m_readOnly);
    m_restore->setEnabled(selectedId(m_trashView) != 0 && !m_readOnly);
    m_emptyTrash->setEnabled(m_trash->rowCount() > 0 && !m_readOnly);
}

} // namespace Spill
