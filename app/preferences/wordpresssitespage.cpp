// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpresssitespage.h"

#include "preferences/preferences.h"
#include "publish/sitecheck.h"
#include "publish/sitepassword.h"
#include "publish/wordpresssitedialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Spill {

namespace {

WordPressSiteEntry entryOf(const QTreeWidgetItem *item)
{
    return {item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toString()};
}

} // namespace

WordPressSitesPage::WordPressSitesPage(PreferencesStore &preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    auto *intro = new QLabel(tr("Spill publishes stories straight to these WordPress sites, "
                                "photos and clips included."));
    intro->setWordWrap(true);
    m_sites = new QTreeWidget;
    m_sites->setObjectName(QStringLiteral("wordPressSites"));
    m_sites->setRootIsDecorated(false);
    m_sites->setHeaderLabels({tr("Site"), tr("User")});
    m_sites->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sites->header()->setStretchLastSection(false);
    auto *listLabel = new QLabel(tr("Your &blogs:"));
    listLabel->setBuddy(m_sites);

    m_add = new QPushButton(tr("&New Site…"));
    m_check = new QPushButton(tr("&Check Connection"));
    m_remove = new QPushButton(tr("Forget S&ite"));
    m_remove->setToolTip(tr("Forget the site and its password here; nothing on the site changes"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_sites, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_check);
    side->addWidget(m_remove);
    side->addStretch(1);
    listRow->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &WordPressSitesPage::addSite);
    connect(m_check, &QPushButton::clicked, this, &WordPressSitesPage::checkSelected);
    connect(m_remove, &QPushButton::clicked, this, &WordPressSitesPage::removeSelected);
    connect(m_sites, &QTreeWidget::itemSelectionChanged, this, &WordPressSitesPage::updateButtons);
    connect(&m_preferences, &PreferencesStore::wordPressSitesChanged, this,
            &WordPressSitesPage::showSites);
    showSites();
}

void WordPressSitesPage::showSites()
{
    m_sites->clear();
    for (const WordPressSiteEntry &site : m_preferences.wordPressSites()) {
        auto *item = new QTreeWidgetItem(m_sites, {site.address, site.user});
        item->setData(0, Qt::UserRole, site.address);
        item->setData(1, Qt::UserRole, site.user);
    }
    if (m_sites->topLevelItemCount() > 0)
        m_sites->setCurrentItem(m_sites->topLevelItem(0));
    else
        m_status->setText(tr("No sites yet: add one to publish from Export."));
    updateButtons();
}

void WordPressSitesPage::updateButtons()
{
    const bool selected = m_sites->currentItem() && m_sites->currentItem()->isSelected();
    m_check->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void WordPressSitesPage::addSite()
{
    WordPressSiteDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WordPressSiteEntry site = dialog.site();
    m_preferences.addWordPressSite(site);
    m_status->setText(tr("Keeping the password…"));
    storeSitePassword(this, site, dialog.password(),
                      [this](bool, const QString &message) { m_status->setText(message); });
}

void WordPressSitesPage::checkSelected()
{
    const QTreeWidgetItem *item = m_sites->currentItem();
    if (!item)
        return;
    const WordPressSiteEntry site = entryOf(item);
    m_status->setText(tr("Checking %1…").arg(site.displayName()));
    withSitePassword(this, site, [this, site](const QString &password) {
        checkSiteConnection(this, site, password,
                            [this](bool, const QString &message) { m_status->setText(message); });
    });
}

void WordPressSitesPage::removeSelected()
{
    const QTreeWidgetItem *item = m_sites->currentItem();
    if (!item)
        return;
    const WordPressSiteEntry site = entryOf(item);
    forgetSitePassword(site);
    m_preferences.removeWordPressSite(site);
    m_status->setText(
        tr("%1 is forgotten here; its posts stay on the site.").arg(site.displayName()));
}

} // namespace Spill
