// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace Spill {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                           QStringLiteral("spill"), QStringLiteral("spill"));
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

SessionState::SessionState(const QString &libraryFolder, const QString &settingsFile)
    : m_group(groupFor(libraryFolder))
    , m_file(settingsFile)
{
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
    const auto settings = openSettings(m_file);
    return settings->value(m_group + QStringLiteral("/story")).toLongLong();
}

QString SessionState::position() const
{
    const auto settings = openSettings(m_file);
    return settings->value(m_group + QStringLiteral("/position")).toString();
}

void SessionState::save(qint64 storyId, const QString &position)
{
    const auto settings = openSettings(m_file);
    // Writing the settings file syncs it to disk: not for nothing new.
    const QString storyKey = m_group + QStringLiteral("/story");
    const QString positionKey = m_group + QStringLiteral("/position");
    if (settings->contains(storyKey) && settings->value(storyKey).toLongLong() == storyId &&
        settings->value(positionKey).toString() == position)
        return;
    settings->setValue(storyKey, storyId);
    settings->setValue(positionKey, position);
    settings->sync();
}

} // namespace Spill
