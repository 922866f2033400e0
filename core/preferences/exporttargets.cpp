// SPDX-License-Identifier: GPL-3.0-or-later
// What the Export place remembers, listed and forgotten for Preferences.
#include "preferences/exporttargets.h"

#include "preferences/preferences.h"
#include "preferences/settingswriter.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace Spill {

namespace {

const QString CommentsGroup = QStringLiteral("export-comments");
const QString LastGroup = QStringLiteral("export");

// The Export place writes these keys through the settings writer: what it
// was asked to write is in the file before the file is read or changed
// here. It is idle but for a moment after the Export place saved a key.
void waitForExportWrites()
{
    SettingsWriter::shared().flush();
}

} // namespace

QString exportCommentsKey(const QString &formatKey, const QString &folder)
{
    // One blog per format and folder: a Hugo site's folder, say.
    const QString target = formatKey + u'\n' + folder;
    return CommentsGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(target));
}

QList<RememberedExportTarget> PreferencesStore::exportTargets() const
{
    waitForExportWrites();
    const auto settings = open();
    settings->beginGroup(CommentsGroup);
    QList<RememberedExportTarget> targets;
    for (const QString &key : settings->childKeys()) {
        const QString target = QUrl::fromPercentEncoding(key.toLatin1());
        const qsizetype split = target.indexOf(u'\n');
        if (split <= 0)
            continue; // not one Spill wrote
        targets.append({target.left(split), target.mid(split + 1), settings->value(key).toBool()});
    }
    std::sort(targets.begin(), targets.end(), [](const auto &a, const auto &b) {
        return std::tie(a.formatKey, a.folder) < std::tie(b.formatKey, b.folder);
    });
    return targets;
}

void PreferencesStore::forgetExportTarget(const RememberedExportTarget &target)
{
    waitForExportWrites();
    const auto settings = open();
    const QString key = exportCommentsKey(target.formatKey, target.folder);
    if (!settings->contains(key))
        return;
    settings->remove(key);
    settings->sync();
    emit exportTargetsChanged();
}

LastExportTarget PreferencesStore::lastExportTarget() const
{
    waitForExportWrites();
    const auto settings = open();
    settings->beginGroup(LastGroup);
    return {settings->value(QStringLiteral("format")).toString(),
            settings->value(QStringLiteral("theme")).toString(),
            settings->value(QStringLiteral("folder")).toString()};
}

void PreferencesStore::forgetLastExportTarget()
{
    waitForExportWrites();
    const auto settings = open();
    if (!settings->childGroups().contains(LastGroup))
        return;
    settings->remove(LastGroup);
    settings->sync();
    emit exportTargetsChanged();
}

} // namespace Spill
