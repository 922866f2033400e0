// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressmodule.h"

#include "files/spillmodule.h"
#include "library/siteposts.h"
#include "wordpressmoduleabi.h"

#include <QCoreApplication>
#include <QUrl>

namespace Spill::WordPressModule {

namespace {

struct WordPressModuleText
{
    Q_DECLARE_TR_FUNCTIONS(WordPressModule)
};

SpillModule::Resolved resolveEntry(const char *symbol)
{
    return SpillModule::resolve(candidatePaths(), symbol);
}

// One entry per site and user; the site as the library keys it.
QString keyringKey(const QString &siteAddress, const QString &user)
{
    const QString site = normalizedSiteAddress(QUrl(siteAddress));
    return QStringLiteral("wordpress %1 %2").arg(site.isEmpty() ? siteAddress : site, user);
}

KeyringAnswer keyring(const QString &action, const QString &siteAddress, const QString &user,
                      const QString &password)
{
    const SpillModule::Resolved resolved = resolveEntry(SPILL_WORDPRESS_KEYRING);
    if (!resolved.function) {
        KeyringAnswer answer;
        answer.state = KeyringAnswer::State::NoKeyring;
        answer.error = WordPressModuleText::tr("publishing to WordPress is not installed (%1)")
                           .arg(resolved.problems);
        return answer;
    }
    return reinterpret_cast<SpillWordPressKeyring>(resolved.function)(
        action, keyringKey(siteAddress, user), password);
}

} // namespace

QStringList candidatePaths()
{
    return SpillModule::candidatePaths("SPILL_WORDPRESS_MODULE",
                                       QStringLiteral(SPILL_WORDPRESS_MODULE_NAME),
                                       QStringLiteral(SPILL_WORDPRESS_MODULE_INSTALLED));
}

std::unique_ptr<WordPressConnection> connect(const WordPressSite &site,
                                             const std::atomic<bool> *cancel, QString *error)
{
    const SpillModule::Resolved resolved = resolveEntry(SPILL_WORDPRESS_CONNECT);
    if (!resolved.function) {
        *error = WordPressModuleText::tr("publishing to WordPress is not installed (%1)")
                     .arg(resolved.problems);
        return nullptr;
    }
    return std::unique_ptr<WordPressConnection>(
        reinterpret_cast<SpillWordPressConnect>(resolved.function)(site, cancel));
}

KeyringAnswer readPassword(const QString &siteAddress, const QString &user)
{
    return keyring(QStringLiteral("read"), siteAddress, user, {});
}

KeyringAnswer storePassword(const QString &siteAddress, const QString &user,
                            const QString &password)
{
    return keyring(QStringLiteral("store"), siteAddress, user, password);
}

KeyringAnswer forgetPassword(const QString &siteAddress, const QString &user)
{
    return keyring(QStringLiteral("forget"), siteAddress, user, {});
}

} // namespace Spill::WordPressModule
