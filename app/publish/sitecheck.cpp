// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheck.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"
#include "wordpress/module/wordpressmodule.h"

#include <QCoreApplication>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

struct SiteCheckText
{
    Q_DECLARE_TR_FUNCTIONS(SiteCheck)
};

struct SiteCheckResult
{
    bool ok = false;
    QString message;
};

SiteCheckResult check(const WordPressSiteEntry &site, const QString &password)
{
    QString missing;
    const std::unique_ptr<WordPressConnection> connection = WordPressModule::connect(
        WordPressSite {QUrl(site.address), site.user, password}, nullptr, &missing);
    if (!connection)
        return {false, missing};
    WordPressError error;
    const std::optional<QString> name = connection->checkConnection(&error);
    if (!name)
        return {false, error.message};
    return {true, SiteCheckText::tr("Connected to %1 as %2.").arg(site.address, *name)};
}

} // namespace

void checkSiteConnection(QObject *context, const WordPressSiteEntry &site, const QString &password,
                         std::function<void(bool ok, const QString &message)> done)
{
    onResult(
        QtConcurrent::run(backgroundPool(), [site, password] { return check(site, password); }),
        context, [done = std::move(done)](const SiteCheckResult &result) {
            done(result.ok, result.message);
        });
}

} // namespace Spill
