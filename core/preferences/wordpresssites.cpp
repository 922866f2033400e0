// SPDX-License-Identifier: GPL-3.0-or-later
// The WordPress sites Preferences keeps, in the settings group
// "wordpress-sites" as an array of address and user.
#include "preferences/wordpresssites.h"

#include "preferences/preferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace Spill {

namespace {

const QString SitesArray = QStringLiteral("wordpress-sites");

void writeSites(QSettings &settings, const QList<WordPressSiteEntry> &sites)
{
    settings.remove(SitesArray);
    settings.beginWriteArray(SitesArray, int(sites.size()));
    for (int i = 0; i < sites.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("address"), sites.at(i).address);
        settings.setValue(QStringLiteral("user"), sites.at(i).user);
    }
    settings.endArray();
    settings.sync();
}

} // namespace

QString WordPressSiteEntry::displayName() const
{
    const QUrl url(address);
    QString where = url.host() + url.path();
    while (where.endsWith(u'/'))
        where.chop(1);
    if (where.isEmpty())
        where = address;
    return QCoreApplication::translate("Spill::WordPressSites", "%1 on %2").arg(user, where);
}

QList<WordPressSiteEntry> PreferencesStore::wordPressSites() const
{
    const auto settings = open();
    QList<WordPressSiteEntry> sites;
    const int count = settings->beginReadArray(SitesArray);
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        WordPressSiteEntry site {settings->value(QStringLiteral("address")).toString(),
                                 settings->value(QStringLiteral("user")).toString()};
        if (!site.address.isEmpty() && !site.user.isEmpty() && !sites.contains(site))
            sites.append(site);
    }
    settings->endArray();
    return sites;
}

void PreferencesStore::addWordPressSite(const WordPressSiteEntry &site)
{
    QList<WordPressSiteEntry> sites = wordPressSites();
    if (site.address.isEmpty() || site.user.isEmpty() || sites.contains(site))
        return;
    sites.append(site);
    writeSites(*open(), sites);
    emit wordPressSitesChanged();
}

void PreferencesStore::removeWordPressSite(const WordPressSiteEntry &site)
{
    QList<WordPressSiteEntry> sites = wordPressSites();
    if (!sites.removeAll(site))
        return;
    writeSites(*open(), sites);
    emit wordPressSitesChanged();
}

} // namespace Spill
