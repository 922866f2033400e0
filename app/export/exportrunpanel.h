// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishing/publish.h"

#include <QThreadPool>
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
    PublishSource source;
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
    bool isRunning() const { return m_running; }
    bool canStart() const;
    void start(const ExportJob &job);
    void cancel();
    // Says why an export asked for did not start.
    void refuse(const QString &reason);

    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *publishButton() const { return m_publishButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QString summaryText() const;
    const BatchResult &lastResult() const { return m_result; }

signals:
    // The place gathers the job and calls start().
    void exportRequested();
    void publishRequested();
    void progressChanged(int done, int total);
    void finished(const Spill::BatchResult &result);

private:
    void showResult();
    void updateButtons();

    QPushButton *m_exportButton = nullptr;
    QPushButton *m_publishButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_openButton = nullptr;
    QListWidget *m_problems = nullptr;

    bool m_running = false; // until the result is shown
    std::atomic<bool> m_cancel {false};
    QString m_blockedReason;
    QString m_outputDir;
    int m_total = 0;
    BatchResult m_result;
    // Last, so it is destroyed first: it waits for the batch, whose
    // continuation may then still address this living object.
    QThreadPool m_pool;
};

} // namespace Spill
