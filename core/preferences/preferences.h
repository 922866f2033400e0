// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearance/appearance.h"
#include "preferences/exporttargets.h"
#include "preferences/wordpresssites.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <utility>

namespace Spill {

// How often History keeps a version while the creator writes, in minutes.
constexpr int DefaultVersionInterval = 10;
constexpr int MinimumVersionInterval = 1;
constexpr int MaximumVersionInterval = 120;
// Any number brought within the bounds.
int boundedVersionInterval(int minutes);

// The creator's preferences, in the user's spill.ini (or another settings
// file, for tests). Each setter hands its change to the settings writer,
// which writes and syncs the file on its own thread; every read goes
// through the writer too, so it sees a change still on its way and several
// stores agree. A setter signals only a real change.
class PreferencesStore : public QObject
{
    Q_OBJECT

public:
    // Empty: the user's spill.ini.
    explicit PreferencesStore(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~PreferencesStore() override;

    QString settingsFile() const { return m_file; }

    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // The spelling language given to new stories, e.g. "de_DE"; empty:
    // the system's.
    QString spellingLanguage() const;
    void setSpellingLanguage(const QString &language);

    // Minutes, within the bounds; a stored value out of them is brought in.
    int versionInterval() const;
    std::chrono::minutes versionIntervalDuration() const;
    void setVersionInterval(int minutes);

    // The personal dictionary was edited outside the checker (Preferences):
    // whoever holds a checker reads it again.
    void notePersonalDictionaryChanged();
    // The personal dictionary's file: <AppDataLocation>/dictionary.txt
    // unless set (tests set their own).
    QString personalDictionaryPath() const;
    void setPersonalDictionaryPath(const QString &path) { m_dictionaryPath = path; }

    // What the Export place remembers (exporttargets.cpp): each format and
    // folder's comments choice, and the target it opens on.
    QList<RememberedExportTarget> exportTargets() const;
    void forgetExportTarget(const RememberedExportTarget &target);
    LastExportTarget lastExportTarget() const;
    void forgetLastExportTarget();

    // WordPress sites to publish to (wordpresssites.cpp), in the order
    // added; adding one twice keeps one.
    QList<WordPressSiteEntry> wordPressSites() const;
    void addWordPressSite(const WordPressSiteEntry &site);
    void removeWordPressSite(const WordPressSiteEntry &site);

signals:
    void appearanceChanged(Spill::Appearance appearance);
    void spellingLanguageChanged(const QString &language);
    void versionIntervalChanged(int minutes);
    void personalDictionaryChanged();
    // Remembered export targets were forgotten.
    void exportTargetsChanged();
    void wordPressSitesChanged();

private:
    QVariant read(const QString &key) const;
    QStringList keysUnder(const QString &group) const;
    void write(const QList<std::pair<QString, QVariant>> &changes);
    void writeWordPressSites(const QList<WordPressSiteEntry> &sites);

    QString m_file;
    QString m_dictionaryPath;
};

} // namespace Spill
