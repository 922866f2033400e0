// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Spill {

// Where the creator was in one library: the open story and the editor
// position, kept in Spill's settings file under a key per library folder.
// Every write is synced at once, so a killed process loses nothing written.
class SessionState
{
public:
    // `settingsFile` empty: the user's spill.ini.
    explicit SessionState(const QString &libraryFolder, const QString &settingsFile = {});

    qint64 storyId() const;
    QString position() const;
    void save(qint64 storyId, const QString &position);

    // The same key for the same folder, however it is spelt.
    static QString groupFor(const QString &libraryFolder);

private:
    QString m_group;
    QString m_file;
};

} // namespace Spill
