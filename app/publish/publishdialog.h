// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences/wordpresssites.h"
#include "wordpress/publish/sitepublish.h"

#include <QDialog>
#include <QThreadPool>

#include <atomic>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QCheckBox;

namespace Spill {

class Workspace;

// Publishes the chosen stories to a WordPress site: which site (from
// Preferences, or one added here), as a draft, published now or scheduled,
// then the work on a worker thread with each step and upload shown and
// Cancel, and at the end each story's post with its address, or what went
// wrong, naming the story and the step. The window stays usable throughout.
// For "Copy for WordPress" it uploads only the media and puts the post's
// blocks, showing them, on the clipboard.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        Publish, // make or update the post
        CopyBlocks, // upload the media, then copy the blocks
    };

    PublishDialog(Workspace &workspace, const QList<qint64> &storyIds, QWidget *parent = nullptr,
                  Purpose purpose = Purpose::Publish);
    ~PublishDialog() override; // cancels a publish under way and waits for it

    QComboBox *siteBox() const { return m_site; }
    QRadioButton *draftButton() const { return m_draft; }
    QRadioButton *publishNowButton() const { return m_now; }
    QRadioButton *scheduleButton() const { return m_schedule; }
    QDateTimeEdit *scheduleEdit() const { return m_when; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *resultLabel() const { return m_result; }
    QListWidget *problemList() const { return m_problems; }
    bool isRunning() const { return m_running; }

    // Starts with the password given (tests, or after asking for it).
    void publishWith(const QString &password);

signals:
    void publishFinished(const Spill::SitePublishReport &report);

protected:
    void reject() override;

private:
    void showSites();
    void addSite();
    void publish();
    void startPublish(const SitePublishJob &job, const WordPressSite &target);
    void cancelPublish();
    void showProgress(int story, int stories, const WordPressProgress &progress);
    void showReport(const SitePublishReport &report);
    void updateButtons();
    WordPressSiteEntry currentSite() const;

    Workspace &m_workspace;
    QList<qint64> m_storyIds;
    Purpose m_purpose;
    QComboBox *m_site = nullptr;
    QPushButton *m_addSite = nullptr;
    QRadioButton *m_draft = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_schedule = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QCheckBox *m_comments = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_running = false;
    bool m_showingNoSite = false; // the step line says how to add a site
    std::atomic<bool> m_cancelled {false};
    // Last, so it is destroyed first: it waits for the publish.
    QThreadPool m_pool;
};

} // namespace Spill
