// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences/preferences.h"

#include "preferences/settingswriter.h"

#include <QStandardPaths>

#include <algorithm>

namespace Spill {

namespace {

const QString AppearanceKey = QStringLiteral("preferences/appearance");
const QString SpellingKey = QStringLiteral("preferences/spelling-language");
const QString IntervalKey = QStringLiteral("preferences/version-interval-minutes");

} // namespace

int boundedVersionInterval(int minutes)
{
    return std::clamp(minutes, MinimumVersionInterval, MaximumVersionInterval);
}

PreferencesStore::PreferencesStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_file(settingsFile)
{
}

PreferencesStore::~PreferencesStore() = default;

// Reads see what was asked for even while the worker is still writing it.
QVariant PreferencesStore::read(const QString &key) const
{
    return SettingsWriter::shared().value(m_file, key);
}

QStringList PreferencesStore::keysUnder(const QString &group) const
{
    return SettingsWriter::shared().keysUnder(m_file, group);
}

// The file is written and synced on the settings writer's thread: a change
// made in Preferences never waits for the disk.
void PreferencesStore::write(const QList<std::pair<QString, QVariant>> &changes)
{
    SettingsWriter::shared().write(m_file, changes);
}

Appearance PreferencesStore::appearance() const
{
    return appearanceFromKey(read(AppearanceKey).toString());
}

void PreferencesStore::setAppearance(Appearance appearance)
{
    if (appearance == this->appearance())
        return;
    write({{AppearanceKey, appearanceKey(appearance)}});
    emit appearanceChanged(appearance);
}

QString PreferencesStore::spellingLanguage() const
{
    return read(SpellingKey).toString();
}

void PreferencesStore::setSpellingLanguage(const QString &language)
{
    if (language == spellingLanguage())
        return;
    write({{SpellingKey, language.isEmpty() ? QVariant() : QVariant(language)}});
    emit spellingLanguageChanged(language);
}

int PreferencesStore::versionInterval() const
{
    bool ok = false;
    const int stored = read(IntervalKey).toInt(&ok);
    return ok ? boundedVersionInterval(stored) : DefaultVersionInterval;
}

std::chrono::minutes PreferencesStore::versionIntervalDuration() const
{
    return std::chrono::minutes(versionInterval());
}

void PreferencesStore::setVersionInterval(int minutes)
{
    const int bounded = boundedVersionInterval(minutes);
    if (bounded == versionInterval())
        return;
    write({{IntervalKey, bounded}});
    emit versionIntervalChanged(bounded);
}

QString PreferencesStore::personalDictionaryPath() const
{
    if (!m_dictionaryPath.isEmpty())
        return m_dictionaryPath;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/dictionary.txt");
}

void PreferencesStore::notePersonalDictionaryChanged()
{
    emit personalDictionaryChanged();
}

} // namespace Spill
