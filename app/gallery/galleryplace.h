// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QInputDialog;

class QTabWidget;

namespace Spill {

class GalleryFilterBar;
class GalleryModel;
class GalleryView;
class LookCloserPanel;
class MessageBar;
struct StorySummary;
class PatternsView;
class Workspace;

// The Gallery place: a "Stories" tab (filter bar, grid of cards, Look closer
// panel) and a "Patterns" tab (statistics whose bars narrow the grid).
//
// Queries nothing until it is first shown, so start-up stays quick; from
// then on every query (pages, counts, tags, a story, photos, statistics) runs
// off the GUI thread.
class GalleryPlace : public QWidget
{
    Q_OBJECT

public:
    explicit GalleryPlace(Workspace &workspace, QWidget *parent = nullptr);
    ~GalleryPlace() override;

    GalleryModel *model() const { return m_model; } // null until first shown
    GalleryFilterBar *filterBar() const { return m_filterBar; }
    GalleryView *view() const { return m_view; }
    LookCloserPanel *lookCloser() const { return m_panel; }
    PatternsView *patterns() const { return m_patterns; }
    MessageBar *messageBar() const { return m_messages; }

    void showStories();
    void showPatterns();
    // Edit ▸ Find here: the stories, with the search field focused.
    void focusSearch();

signals:
    // A story should open in the Write place; Workspace::openStoryRequested
    // has been emitted already. The window switches places on this.
    void writeRequested(qint64 storyId);
    // A tag was added to stories (or failed: `error` is set); their cards
    // follow the library service's signals.
    void tagAdded(const QString &tag, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureModel();
    void openStory(qint64 storyId);
    void showStory(qint64 storyId);
    void askForTag(const QList<qint64> &storyIds);
    void addTag(const QList<qint64> &storyIds, const QString &tag);
    void exportStories(const QList<qint64> &storyIds);
    void trashStories(const QList<qint64> &storyIds);
    void storyChanged(const StorySummary &summary);
    void loadTags();
    void loadPatterns();

    Workspace &m_workspace;
    QTabWidget *m_tabs = nullptr;
    GalleryFilterBar *m_filterBar = nullptr;
    GalleryView *m_view = nullptr;
    LookCloserPanel *m_panel = nullptr;
    PatternsView *m_patterns = nullptr;
    GalleryModel *m_model = nullptr;
    MessageBar *m_messages = nullptr;
    QStringList m_tags; // in use in the library, for the tag dialog's completion
    qint64 m_shownStory = 0; // the story the panel shows or is loading
    bool m_patternsStale = true;
    QPointer<QInputDialog> m_tagDialog; // the open "Add tag" dialog, if any
    int m_patternsGeneration = 0;
};

} // namespace Spill
