// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstate.h"

#include "preferences/settingswriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace Spill {

SessionState::SessionState(const QString &libraryFolder, const QString &settingsFile)
    : m_group(groupFor(libraryFolder))
    , m_file(settingsFile)
{
}

SessionState::~SessionState()
{
    SettingsWriter::shared().flush();
}

QString SessionState::groupFor(const QString &libraryFolder)
{
    // A folder path is no settings key (slashes make groups): hash it.
    QFileInfo info(libraryFolder);
    const QString canonical = info.canonicalFilePath().isEmpty()
        ? QDir::cleanPath(info.absoluteFilePath())
        : info.canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("library-") + QString::fromLatin1(hash);
}

qint64 SessionState::storyId() const
{
    return SettingsWriter::shared().value(m_file, m_group + QStringLiteral("/story")).toLongLong();
}

QString SessionState::position() const
{
    return SettingsWriter::shared().value(m_file, m_group + QStringLiteral("/position")).toString();
}

void SessionState::save(qint64 storyId, const QString &position)
{
    // Written and synced on the settings writer's thread: the caller (the
    // GUI thread, on every story switch) does not wait for the disk.
    SettingsWriter::shared().write(m_file,
                                   {{m_group + QStringLiteral("/story"), storyId},
                                    {m_group + QStringLiteral("/position"), position}});
}

} // namespace Spill
