// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Spill {

// Where the creator was in one library: the open story and the editor
// position, kept in Spill's settings file under a key per library folder.
// Every write goes to disk at once, on the settings writer's thread, so a
// killed process loses at most the last moment's position.
class SessionState
{
public:
    // `settingsFile` empty: the user's spill.ini.
    explicit SessionState(const QString &libraryFolder, const QString &settingsFile = {});
    // Waits for the writes asked for: they are on disk once this is gone.
    ~SessionState();
    SessionState(const SessionState &) = delete;
    SessionState &operator=(const SessionState &) = delete;

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
