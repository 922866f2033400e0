// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QListView>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

namespace Spill {

class StoryCardDelegate;

// The grid of story cards. Works with any model that fills the roles in
// gallery/galleryroles.h. It only asks: opening, exporting, tagging and
// trashing are signals for the window to act on.
class GalleryView : public QListView
{
    Q_OBJECT

public:
    explicit GalleryView(QWidget *parent = nullptr);

    // Story ids of the selected cards, in model order.
    QList<qint64> selectedStoryIds() const;
    qint64 currentStoryId() const; // 0 when there is no current card

    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }
    QAction *addTagAction() const { return m_addTag; }
    QAction *trashAction() const { return m_trash; }
    QMenu *contextMenu() const { return m_menu; }

    void setModel(QAbstractItemModel *model) override;

    // What the grid says while it holds no card: `text` in its middle, with
    // a Clear filters button when `offerClear`. No text, no message (while
    // the stories are still being counted, say).
    void setEmptyMessage(const QString &text, bool offerClear);
    QWidget *emptyState() const { return m_empty; }
    QPushButton *emptyClearButton() const { return m_emptyClear; }

signals:
    void openRequested(qint64 storyId);
    void exportRequested(const QList<qint64> &storyIds);
    void addTagRequested(const QList<qint64> &storyIds);
    void trashRequested(const QList<qint64> &storyIds);
    // The current card changed (0: none), e.g. to fill the Look closer panel.
    void currentStoryChanged(qint64 storyId);
    void clearFiltersRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateActions();
    void updateBackground();
    void updateGrid();
    void updateEmptyState();

    StoryCardDelegate *m_delegate = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_export = nullptr;
    QAction *m_addTag = nullptr;
    QAction *m_trash = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyClear = nullptr;
};

} // namespace Spill
