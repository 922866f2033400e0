// SPDX-License-Identifier: GPL-3.0-or-later
// The WordPress sites Preferences keeps, in the settings group
// "wordpress-sites" as an array of address and user.
#include "preferences/wordpresssites.h"

#include "preferences/preferences.h"

#include <QCoreApplication>
#include <QUrl>

namespace Spill {

namespace {

const QString SitesArray = QStringLiteral("wordpress-sites");

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

namespace {

// A settings array's keys, as QSettings::beginWriteArray() writes them.
QString siteKey(int index, const char *field)
{
    return QStringLiteral("%1/%2/%3").arg(SitesArray).arg(index + 1).arg(QLatin1String(field));
}

QString sizeKey()
{
    return SitesArray + QStringLiteral("/size");
}

} // namespace

QList<WordPressSiteEntry> PreferencesStore::wordPressSites() const
{
    QList<WordPressSiteEntry> sites;
    const int count = read(sizeKey()).toInt();
    for (int i = 0; i < count; ++i) {
        WordPressSiteEntry site {read(siteKey(i, "address")).toString(),
                                 read(siteKey(i, "user")).toString()};
        if (!site.address.isEmpty() && !site.user.isEmpty() && !sites.contains(site))
            sites.append(site);
    }
    return sites;
}

// The whole array anew: every key under it that the new list does not
// have is removed, so no entry of an older, longer list stays behind.
void PreferencesStore::writeWordPressSites(const QList<WordPressSiteEntry> &sites)
{
    QList<std::pair<QString, QVariant>> changes;
    QStringList stale = keysUnder(SitesArray);
    const auto set = [&](const QString &key, const QVariant &value) {
        changes.append({key, value});
        stale.removeAll(key.mid(SitesArray.size() + 1));
    };
    set(sizeKey(), int(sites.size()));
    for (int i = 0; i < sites.size(); ++i) {
        set(siteKey(i, "address"), sites.at(i).address);
        set(siteKey(i, "user"), sites.at(i).user);
    }
    for (const QString &key : std::as_const(stale))
        changes.append({SitesArray + u'/' + key, QVariant()});
    write(changes);
}

void PreferencesStore::addWordPressSite(const WordPressSiteEntry &site)
{
    QList<WordPressSiteEntry> sites = wordPressSites();
    if (site.address.isEmpty() || site.user.isEmpty() || sites.contains(site))
        return;
    sites.append(site);
    writeWordPressSites(sites);
    emit wordPressSitesChanged();
}

void PreferencesStore::removeWordPressSite(const WordPressSiteEntry &site)
{
    QList<WordPressSiteEntry> sites = wordPressSites();
    if (!sites.removeAll(site))
        return;
    writeWordPressSites(sites);
    emit wordPressSitesChanged();
}

} // namespace Spill
