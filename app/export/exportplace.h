// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/batchexport.h"
#include "export/exportformat.h"
#include "publishing/publish.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListView;

namespace Spill {

class ExportPreviewPane;
class ExportRunPanel;
class ExportStoryModel;
class ExportTargetBar;
class Workspace;

// The Export place: which stories (left), how and where (ExportTargetBar,
// top), a live preview of the current story (ExportPreviewPane, middle) and
// the batch export with its progress and summary (ExportRunPanel, bottom).
// This class lays them out and passes what one needs from another; the
// work itself is the publishing part's, the same the command line calls.
class ExportPlace : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPlace(Workspace &workspace, QWidget *parent = nullptr);
    ~ExportPlace() override;

    // Checks exactly these stories and shows the first one's preview; for
    // the Gallery's "Export selected…" and the Write place's current story.
    void selectStories(const QList<qint64> &ids);

    ExportStoryModel *storyModel() const { return m_model; }
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString theme() const;
    void setTheme(const QString &name);
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
    qint64 currentStoryId() const;
    void setCurrentStory(qint64 id);

    // The shown preview's source text (Markdown, HTML or JSON) and any error.
    QString previewSource() const;
    QString previewError() const;
    bool isRendering() const;

    void copyHtml();
    void copyMarkdown();
    void copyForWordPress();
    // Starts a batch export of the checked stories, when allowed.
    void startExport();
    void cancelExport();
    // Opens the Publish dialog for the checked stories (File > Publish to
    // WordPress…, Ctrl+Shift+P).
    void publishToWordPress();
    ExportRunPanel *runPanel() const { return m_run; }
    ExportTargetBar *targetBar() const { return m_target; }

signals:
    // A preview was applied (it was still current when it arrived).
    void renderFinished(bool ok);
    void exportFinished(const Spill::BatchResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onPageLoaded();
    QWidget *createStoryList();
    void createShortcuts();
    void updateExportAllowed();
    void requestPreview();
    PublishSource publishSource() const;

    Workspace &m_workspace;
    ExportStoryModel *m_model = nullptr;
    qint64 m_wantedStory = 0; // setCurrentStory() before its row was listed
    QListView *m_list = nullptr;
    QLabel *m_checkedLabel = nullptr;
    ExportTargetBar *m_target = nullptr;
    ExportPreviewPane *m_preview = nullptr;
    ExportRunPanel *m_run = nullptr;
    bool m_previewDirty = true; // something changed while the place was hidden
};

} // namespace Spill
