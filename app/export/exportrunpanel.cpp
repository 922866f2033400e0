// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrunpanel.h"

#include "async/continuation.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

// "~/blog" rather than "/home/ana/blog".
QString friendlyPath(const QString &path)
{
    const QString home = QDir::homePath();
    const QString clean = QDir::cleanPath(path);
    if (clean == home)
        return QStringLiteral("~");
    if (clean.startsWith(home + u'/'))
        return QStringLiteral("~") + clean.mid(home.size());
    return QDir::toNativeSeparators(clean);
}

} // namespace

ExportRunPanel::ExportRunPanel(QWidget *parent)
    : QWidget(parent)
{
    m_exportButton = new QPushButton(tr("E&xport"));
    m_exportButton->setAccessibleName(tr("Export the checked stories"));
    m_exportButton->setDefault(true);
    m_publishButton = new QPushButton(tr("Publish to &WordPress…"));
    m_publishButton->setToolTip(tr(
        "Post the checked stories to a WordPress site, photos and clips included (Ctrl+Shift+P)"));
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setFormat(tr("%v of %m stories"));
    m_cancelButton = new QPushButton(tr("Cance&l"));
    m_cancelButton->setAccessibleName(tr("Cancel the export"));
    m_cancelButton->setToolTip(tr("Stop after the story being written; what is written stays"));

    m_summary = new QLabel;
    m_summary->setAccessibleName(tr("Export summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton = new QPushButton(tr("O&pen folder"));
    m_openButton->setAccessibleName(tr("Open the output folder"));
    m_problems = new QListWidget;
    m_problems->setAccessibleName(tr("Export errors and notes"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(110);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_exportButton);
    runRow->addWidget(m_publishButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_summary, 1);
    runRow->addWidget(m_openButton);
    // Keeps the Export button its natural size while nothing else is shown.
    runRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(runRow);
    layout->addWidget(m_problems);

    m_progress->hide();
    m_cancelButton->hide();
    m_openButton->hide();
    m_problems->hide();

    connect(m_exportButton, &QPushButton::clicked, this, &ExportRunPanel::exportRequested);
    connect(m_publishButton, &QPushButton::clicked, this, &ExportRunPanel::publishRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportRunPanel::cancel);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_outputDir)); });
    updateButtons();
}

ExportRunPanel::~ExportRunPanel()
{
    // The worker reads m_cancel: it ends (m_pool waits for it) before
    // m_cancel goes.
    m_cancel = true;
}

void ExportRunPanel::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    updateButtons();
}

bool ExportRunPanel::canStart() const
{
    return m_blockedReason.isEmpty() && !isRunning();
}

void ExportRunPanel::updateButtons()
{
    const bool running = isRunning();
    m_exportButton->setEnabled(canStart());
    m_exportButton->setToolTip(running ? tr("An export is running")
                                   : m_blockedReason.isEmpty()
                                   ? tr("Write the checked stories to the folder (Ctrl+E)")
                                   : m_blockedReason);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_cancel.load());
    m_summary->setVisible(!running && !m_summary->text().isEmpty());
}

void ExportRunPanel::start(const ExportJob &job)
{
    if (!canStart() || job.storyIds.isEmpty())
        return;
    m_cancel = false;
    m_outputDir = job.outputDir;
    m_total = int(job.storyIds.size());
    m_result = {};
    m_summary->clear();
    m_openButton->hide();
    m_problems->clear();
    m_problems->hide();
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);

    // Runs on the worker; the GUI hears of it through queued calls.
    const BatchProgress progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                emit progressChanged(done, total);
            },
            Qt::QueuedConnection);
    };
    m_running = true;
    const QFuture<BatchResult> batch =
        QtConcurrent::run(&m_pool, [job, progress, cancel = &m_cancel] {
            return publishStoriesById(job.source, job.storyIds, job.format, job.options,
                                      job.outputDir, progress, *cancel);
        });
    onResult(batch, this, [this](const BatchResult &result) {
        m_running = false;
        m_result = result;
        showResult();
        emit finished(m_result);
    });
    updateButtons();
}

void ExportRunPanel::cancel()
{
    m_cancel = true;
    updateButtons();
}

void ExportRunPanel::refuse(const QString &reason)
{
    m_summary->setText(reason);
    m_openButton->hide();
    m_problems->clear();
    m_problems->hide();
}

QString ExportRunPanel::summaryText() const
{
    return m_summary->text();
}

void ExportRunPanel::showResult()
{
    const QString where = friendlyPath(m_outputDir);
    QString text;
    // One story and many get their own sentences; %n lets a translation
    // give the plural forms its language needs.
    const int count = m_result.exported;
    if (m_result.cancelled)
        text = count == 1
            ? tr("Cancelled after exporting one story to %1").arg(where)
            : tr("Cancelled after exporting %n stories to %1", nullptr, count).arg(where);
    else
        text = count == 1 ? tr("Exported one story to %1").arg(where)
                          : tr("Exported %n stories to %1", nullptr, count).arg(where);
    const int problems = int(m_result.errors.size());
    if (problems == 1)
        text += u' ' + tr("· one problem, listed below");
    else if (problems > 1)
        text += u' ' + tr("· %n problems, listed below", nullptr, problems);
    m_summary->setText(text);
    m_openButton->setVisible(!m_result.files.isEmpty());

    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon noteIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (const QString &error : std::as_const(m_result.errors))
        new QListWidgetItem(errorIcon, error, m_problems);
    for (const QString &note : std::as_const(m_result.notes))
        new QListWidgetItem(noteIcon, note, m_problems);
    m_problems->setVisible(m_problems->count() > 0);
    m_progress->setValue(m_progress->maximum() > 0 && !m_result.cancelled ? m_total
                                                                          : m_progress->value());
    updateButtons();
}

} // namespace Spill
