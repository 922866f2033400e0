// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportformat.h"
#include "exportjobs.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace Spill {

class ExportRunPanel;
class ExportStoryModel;
class PreviewBrowser;
class Workspace;

// The Export place: which stories (left), how (format, theme, folder; top),
// a live preview of the current story rendered and as source (middle), the
// copy buttons and the batch export with its progress and summary (bottom).
// Format, theme and folder are remembered in the "export/" settings group.
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

    // The shown preview's source text (Markdown or HTML) and any error.
    QString previewSource() const;
    QString previewError() const { return m_preview.error; }
    bool isRendering() const { return m_rendering > 0; }

    void copyHtml();
    void copyMarkdown();
    // Starts a batch export of the checked stories, when allowed.
    void startExport();
    void cancelExport();
    ExportRunPanel *runPanel() const { return m_run; }

signals:
    // A preview was applied (it was still current when it arrived).
    void renderFinished(bool ok);
    void exportFinished(const Spill::BatchResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createSettingsRow();
    QWidget *createStoryList();
    QWidget *createPreview();
    void createShortcuts();
    void restoreSettings();
    void saveSettings() const;
    void updateThemeEnabled();
    void updateExportAllowed();
    void requestPreview();
    void applyPreview(const PreviewResult &result);
    void chooseFolder();
    ExportOptions options() const;

    Workspace &m_workspace;
    ExportStoryModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_checkedLabel = nullptr;
    QComboBox *m_formatBox = nullptr;
    QComboBox *m_themeBox = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    PreviewBrowser *m_rendered = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copyHtmlButton = nullptr;
    QPushButton *m_copyMarkdownButton = nullptr;
    ExportRunPanel *m_run = nullptr;

    PreviewResult m_preview;
    quint64 m_previewGeneration = 0;
    int m_rendering = 0; // renders still running
    bool m_previewDirty = true; // something changed while the place was hidden
    bool m_restoring = false;
};

} // namespace Spill
