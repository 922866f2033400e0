// SPDX-License-Identifier: GPL-3.0-or-later
// What the Export place remembers, listed and forgotten for Preferences.
#include "preferences/exporttargets.h"

#include "preferences/preferences.h"

#include <QUrl>

#include <algorithm>
#include <tuple>

namespace Spill {

namespace {

const QString CommentsGroup = QStringLiteral("export-comments");
const QString LastGroup = QStringLiteral("export");

} // namespace

QString exportCommentsKey(const QString &formatKey, const QString &folder)
{
    // One blog per format and folder: a Hugo site's folder, say.
    const QString target = formatKey + u'\n' + folder;
    return CommentsGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(target));
}

// The Export place writes these keys through the settings writer, and so
// does Preferences: a target the Export place is still writing is listed,
// and a forget lands after it.
QList<RememberedExportTarget> PreferencesStore::exportTargets() const
{
    QList<RememberedExportTarget> targets;
    for (const QString &key : keysUnder(CommentsGroup)) {
        const QString target = QUrl::fromPercentEncoding(key.toLatin1());
        const qsizetype split = target.indexOf(u'\n');
        if (split <= 0 || key.contains(u'/'))
            continue; // not one Spill wrote
        targets.append(
            {target.left(split), target.mid(split + 1), read(CommentsGroup + u'/' + key).toBool()});
    }
    std::sort(targets.begin(), targets.end(), [](const auto &a, const auto &b) {
        return std::tie(a.formatKey, a.folder) < std::tie(b.formatKey, b.folder);
    });
    return targets;
}

void PreferencesStore::forgetExportTarget(const RememberedExportTarget &target)
{
    const QString key = exportCommentsKey(target.formatKey, target.folder);
    if (!read(key).isValid())
        return;
    write({{key, QVariant()}});
    emit exportTargetsChanged();
}

LastExportTarget PreferencesStore::lastExportTarget() const
{
    return {read(LastGroup + QStringLiteral("/format")).toString(),
            read(LastGroup + QStringLiteral("/theme")).toString(),
            read(LastGroup + QStringLiteral("/folder")).toString()};
}

void PreferencesStore::forgetLastExportTarget()
{
    const QStringList keys = keysUnder(LastGroup);
    if (keys.isEmpty())
        return;
    QList<std::pair<QString, QVariant>> removals;
    for (const QString &key : keys)
        removals.append({LastGroup + u'/' + key, QVariant()});
    write(removals);
    emit exportTargetsChanged();
}

} // namespace Spill
