// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/batchexport.h"
#include "library/library.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Spill {

// What a batch export needs, gathered by the Export place when it starts.
struct ExportJob
{
    Library::Handle library;
    QList<qint64> storyIds;
    ExportFormat format = ExportFormat::Markdown;
    ExportOptions options;
    QString outputDir;
};

// The bottom of the Export place: the Export button, a progress bar with
// Cancel while a batch runs on a worker thread, and afterwards a summary
// with "Open folder" and every error and note, each naming its story.
class ExportRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExportRunPanel(QWidget *parent = nullptr);
    ~ExportRunPanel() override; // cancels a running batch and waits for it

    // Why Export cannot start now ("Choose a folder…"); empty: it can.
    void setBlockedReason(const QString &reason);
    bool isRunning() const { return m_watcher.isRunning(); }
    bool canStart() const;
    void start(const ExportJob &job);
    void cancel();

    QPushButton *exportButton() const { return m_exportButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QString summaryText() const;
    const BatchResult &lastResult() const { return m_result; }

signals:
    // The place gathers the job and calls start().
    void exportRequested();
    void progressChanged(int done, int total);
    void finished(const Spill::BatchResult &result);

private:
    void showResult();
    void updateButtons();

    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_openButton = nullptr;
    QListWidget *m_problems = nullptr;

    QFutureWatcher<BatchResult> m_watcher;
    std::atomic<bool> m_cancel {false};
    QString m_blockedReason;
    QString m_outputDir;
    int m_total = 0;
    BatchResult m_result;
};

} // namespace Spill
