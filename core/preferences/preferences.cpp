// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences/preferences.h"

#include "preferences/settingswriter.h"

#include <QSettings>
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

std::unique_ptr<QSettings> PreferencesStore::open() const
{
    return openSettingsFile(m_file);
}

Appearance PreferencesStore::appearance() const
{
    return appearanceFromKey(open()->value(AppearanceKey).toString());
}

void PreferencesStore::setAppearance(Appearance appearance)
{
    if (appearance == this->appearance())
        return;
    open()->setValue(AppearanceKey, appearanceKey(appearance));
    emit appearanceChanged(appearance);
}

QString PreferencesStore::spellingLanguage() const
{
    return open()->value(SpellingKey).toString();
}

void PreferencesStore::setSpellingLanguage(const QString &language)
{
    if (language == spellingLanguage())
        return;
    const auto settings = open();
    if (language.isEmpty())
        settings->remove(SpellingKey);
    else
        settings->setValue(SpellingKey, language);
    emit spellingLanguageChanged(language);
}

int PreferencesStore::versionInterval() const
{
    bool ok = false;
    const int stored = open()->value(IntervalKey).toInt(&ok);
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
    open()->setValue(IntervalKey, bounded);
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
