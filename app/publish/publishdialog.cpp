// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishdialog.h"

#include "async/continuation.h"
#include "shell/workspace.h"
#include "sitepassword.h"
#include "wordpress/module/wordpressmodule.h"
#include "wordpresssitedialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

// What the worker hands back: the report, or why it never started.
struct PublishOutcome
{
    QString failure;
    SitePublishReport report;
};

} // namespace

PublishDialog::PublishDialog(Workspace &workspace, const QList<qint64> &storyIds, QWidget *parent,
                             Purpose purpose)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_storyIds(storyIds)
    , m_purpose(purpose)
{
    const bool copying = purpose == Purpose::CopyBlocks;
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(copying ? tr("Copy for WordPress") : tr("Publish to WordPress"));
    m_pool.setMaxThreadCount(1);

    m_site = new QComboBox;
    m_site->setAccessibleName(tr("WordPress site"));
    m_addSite = new QPushButton(tr("Add Si&te…"));
    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(m_site, 1);
    siteRow->addWidget(m_addSite);

    m_draft = new QRadioButton(tr("As a &draft, to finish in WordPress"));
    m_now = new QRadioButton(tr("Publish &now"));
    m_schedule = new QRadioButton(tr("&Schedule for"));
    m_draft->setChecked(true);
    m_when = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    m_when->setCalendarPopup(true);
    m_when->setMinimumDateTime(QDateTime::currentDateTime());
    m_when->setAccessibleName(tr("Publish on"));
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addWidget(m_when);
    scheduleRow->addStretch(1);
    m_comments = new QCheckBox(tr("The blog takes c&omments: the post invites them"));
    m_comments->setChecked(true);

    auto *form = new QFormLayout;
    auto *siteLabel = new QLabel(tr("S&ite:"));
    siteLabel->setBuddy(m_site);
    form->addRow(siteLabel, siteRow);
    auto *how = new QVBoxLayout;
    how->setContentsMargins({});
    how->addWidget(m_draft);
    how->addWidget(m_now);
    how->addLayout(scheduleRow);
    how->addWidget(m_comments);
    form->addRow(tr("Post:"), how);
    if (copying) {
        // No post is made: only whether the blog takes comments matters.
        for (QWidget *control :
             std::initializer_list<QWidget *> {m_draft, m_now, m_schedule, m_when})
            control->hide();
    }

    m_step = new QLabel;
    m_step->setWordWrap(true);
    m_step->setAccessibleName(tr("Publishing step"));
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Upload progress"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setOpenExternalLinks(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setAccessibleName(tr("Publishing summary"));
    m_problems = new QListWidget;
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Publishing errors and notes"));

    auto *buttons = new QDialogButtonBox;
    m_publish = buttons->addButton(copying ? tr("&Upload and Copy") : tr("&Publish"),
                                   QDialogButtonBox::AcceptRole);
    m_publish->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);

    auto *intro = new QLabel(
        copying ? tr("The story's photos and clips go to the site's media library first, each "
                     "with its alt text and caption; then the post is copied as blocks that show "
                     "them, to paste into the block editor's code view. No post is made.")
                : tr("%n story goes to the site with its photos and clips; one published before "
                     "updates its post.",
                     nullptr, int(storyIds.size())));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);
    layout->addWidget(buttons);

    m_progress->hide();
    m_problems->hide();
    m_step->hide();
    m_result->hide();

    connect(m_addSite, &QPushButton::clicked, this, &PublishDialog::addSite);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::reject);
    connect(m_schedule, &QRadioButton::toggled, this, &PublishDialog::updateButtons);
    connect(&m_workspace.preferences(), &PreferencesStore::wordPressSitesChanged, this,
            &PublishDialog::showSites);
    showSites();
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

PublishDialog::~PublishDialog()
{
    m_cancelled = true;
    m_pool.waitForDone();
}

void PublishDialog::showSites()
{
    const WordPressSiteEntry current = currentSite();
    m_site->clear();
    for (const WordPressSiteEntry &site : m_workspace.preferences().wordPressSites()) {
        m_site->addItem(site.displayName(), QStringList {site.address, site.user});
        if (site == current)
            m_site->setCurrentIndex(m_site->count() - 1);
    }
    updateButtons();
}

WordPressSiteEntry PublishDialog::currentSite() const
{
    const QStringList data = m_site->currentData().toStringList();
    if (data.size() != 2)
        return {};
    return {data.at(0), data.at(1)};
}

void PublishDialog::updateButtons()
{
    m_when->setEnabled(m_schedule->isChecked() && !m_running);
    const bool ready =
        m_site->count() > 0 && !m_storyIds.isEmpty() && !m_workspace.isReadOnly() && !m_running;
    m_publish->setEnabled(ready);
    for (QWidget *control : std::initializer_list<QWidget *> {m_site, m_addSite, m_draft, m_now,
                                                              m_schedule, m_comments})
        control->setEnabled(!m_running);
    if (m_running)
        m_publish->setToolTip(tr("Publishing…"));
    else if (m_workspace.isReadOnly())
        m_publish->setToolTip(m_workspace.readOnlyMessage());
    else if (m_site->count() == 0)
        m_publish->setToolTip(tr("Add a WordPress site first"));
    else
        m_publish->setToolTip({});
    // Without a site, say so where the eye is, not only in a tooltip.
    if (!m_running && m_site->count() == 0) {
        m_step->setText(tr("No WordPress site yet: add yours with “Add Site…”. You need its "
                           "address, your user name and an application password."));
        m_step->show();
        m_showingNoSite = true;
    } else if (m_showingNoSite) {
        m_step->hide();
        m_showingNoSite = false;
    }
    m_cancel->setText(m_running ? tr("Cancel") : tr("Close"));
}

void PublishDialog::addSite()
{
    WordPressSiteDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WordPressSiteEntry site = dialog.site();
    m_workspace.preferences().addWordPressSite(site);
    m_site->setCurrentIndex(m_site->findData(QStringList {site.address, site.user}));
    storeSitePassword(this, site, dialog.password(), [this](bool kept, const QString &message) {
        if (!kept) {
            m_step->setText(message);
            m_step->show();
        }
    });
}

void PublishDialog::publish()
{
    const WordPressSiteEntry site = currentSite();
    if (site.address.isEmpty() || m_running)
        return;
    withSitePassword(this, site, [this](const QString &password) { publishWith(password); });
}

void PublishDialog::publishWith(const QString &password)
{
    const WordPressSiteEntry site = currentSite();
    if (site.address.isEmpty() || m_running || m_storyIds.isEmpty())
        return;
    SitePublishJob job;
    job.library = m_workspace.handle();
    job.site = site.address;
    job.storyIds = m_storyIds;
    job.status = m_now->isChecked() ? QStringLiteral("publish")
        : m_schedule->isChecked()   ? QStringLiteral("future")
                                    : QStringLiteral("draft");
    job.date = m_when->dateTime();
    job.options.comments = m_comments->isChecked();
    job.mediaOnly = m_purpose == Purpose::CopyBlocks;

    m_running = true;
    m_cancelled = false;
    m_result->hide();
    m_problems->clear();
    m_problems->hide();
    m_step->setText(tr("Connecting to %1…").arg(site.displayName()));
    m_step->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    updateButtons();

    const WordPressSite target {QUrl(site.address), site.user, password};
    // The post is made from the library: the open story's last words first.
    const auto begin = [this, job, target](bool written) {
        if (!written) {
            SitePublishReport report;
            report.errors.append(
                m_purpose == Purpose::CopyBlocks
                    ? tr("The story open in Write could not be saved, so it was not copied: see "
                         "the message in Write.")
                    : tr("The story open in Write could not be saved, so it was not published: "
                         "see the message in Write."));
            showReport(report);
            return;
        }
        startPublish(job, target);
    };
    const QFuture<bool> saved = m_workspace.writePendingEdits();
    if (saved.isFinished())
        begin(saved.result());
    else
        onResult(saved, this, begin);
}

void PublishDialog::startPublish(const SitePublishJob &job, const WordPressSite &target)
{
    // The dialog outlives the work (its destructor waits), and a step shown
    // after it is gone is dropped with the event.
    const QFuture<PublishOutcome> future =
        QtConcurrent::run(&m_pool, [this, job, target, cancelled = &m_cancelled] {
            PublishOutcome outcome;
            const std::unique_ptr<WordPressConnection> connection =
                WordPressModule::connect(target, cancelled, &outcome.failure);
            if (!connection)
                return outcome;
            WordPressError error;
            if (!connection->checkConnection(&error)) {
                outcome.failure = error.message;
                return outcome;
            }
            outcome.report = publishToSite(
                job, *connection,
                [this](int story, int stories, const WordPressProgress &progress) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, story, stories, progress] {
                            showProgress(story, stories, progress);
                        },
                        Qt::QueuedConnection);
                },
                *cancelled);
            return outcome;
        });
    onResult(future, this, [this](const PublishOutcome &outcome) {
        SitePublishReport report = outcome.report;
        if (!outcome.failure.isEmpty())
            report.errors.prepend(outcome.failure);
        showReport(report);
    });
}

void PublishDialog::showProgress(int story, int stories, const WordPressProgress &progress)
{
    if (!m_running)
        return;
    m_step->setText(stories > 1
                        ? tr("Story %1 of %2: %3").arg(story + 1).arg(stories).arg(progress.step)
                        : progress.step);
    if (progress.total > 0) {
        // Bytes may pass what an int holds: show per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress.done * 1000 / progress.total));
    } else {
        m_progress->setRange(0, 0);
    }
}

void PublishDialog::showReport(const SitePublishReport &report)
{
    m_running = false;
    m_progress->hide();
    m_step->hide();
    const bool copying = m_purpose == Purpose::CopyBlocks;
    QStringList lines;
    for (const SitePublished &story : report.published) {
        const QString title = story.title.trimmed().isEmpty() ? tr("Untitled") : story.title;
        if (copying) {
            QGuiApplication::clipboard()->setText(story.blocks);
            lines.append(tr("Copied “%1” for WordPress with its photos and clips, which are on "
                            "the site (%n uploaded now): paste it into the block editor's code "
                            "view.",
                            nullptr, story.uploaded)
                             .arg(title.toHtmlEscaped()));
            continue;
        }
        const QString state = story.post.status == QLatin1StringView("publish") ? tr("published")
            : story.post.status == QLatin1StringView("future")                  ? tr("scheduled")
                                                                                : tr("a draft");
        lines.append(tr("“%1” is %2: <a href=\"%3\">%4</a>")
                         .arg(title.toHtmlEscaped(), state, story.post.link.toHtmlEscaped(),
                              story.post.link.toHtmlEscaped()));
        if (story.statusChanged) {
            m_workspace.service().noteSaved(story.storyId);
            emit m_workspace.storyPublished(story.storyId, story.status, story.publishedUrl);
        }
    }
    if (report.cancelled)
        lines.append(tr("Cancelled. Nothing of a story that did not finish was kept in the "
                        "library; publishing again reuses what reached the site."));
    else if (!report.errors.isEmpty() && copying)
        lines.append(tr("Nothing was copied; trying again reuses what reached the site."));
    else if (!report.errors.isEmpty())
        lines.append(tr("%n story could not be published; publishing again reuses what "
                        "reached the site.",
                        nullptr, int(report.errors.size())));
    m_result->setText(lines.join(QLatin1StringView("<br>")));
    m_result->setVisible(!lines.isEmpty());
    for (const QString &error : report.errors)
        m_problems->addItem(error);
    for (const QString &note : report.notes)
        m_problems->addItem(tr("Note: %1").arg(note));
    m_problems->setVisible(m_problems->count() > 0);
    updateButtons();
    emit publishFinished(report);
}

void PublishDialog::cancelPublish()
{
    m_cancelled = true;
    m_step->setText(tr("Cancelling…"));
}

void PublishDialog::reject()
{
    if (m_running) {
        cancelPublish();
        return;
    }
    QDialog::reject();
}

} // namespace Spill
