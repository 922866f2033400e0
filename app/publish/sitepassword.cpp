// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepassword.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"
#include "wordpress/module/wordpressmodule.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

struct SitePasswordText
{
    Q_DECLARE_TR_FUNCTIONS(SitePassword)
};

using KeyringAnswer = WordPressModule::KeyringAnswer;

} // namespace

void withSitePassword(QWidget *parent, const WordPressSiteEntry &site,
                      std::function<void(const QString &password)> then)
{
    const QFuture<KeyringAnswer> read = QtConcurrent::run(backgroundPool(), [site] {
        return WordPressModule::readPassword(site.address, site.user);
    });
    onResult(read, parent, [parent, site, then = std::move(then)](const KeyringAnswer &answer) {
        if (answer.state == KeyringAnswer::State::Done && !answer.secret.isEmpty()) {
            then(answer.secret);
            return;
        }
        const QString why = answer.state == KeyringAnswer::State::NotFound
            ? SitePasswordText::tr("The system keyring has no application password for %1.")
                  .arg(site.displayName())
            : SitePasswordText::tr(
                  "Spill keeps application passwords in the system keyring, but %1. It "
                  "asks each time and keeps the password only while it publishes.")
                  .arg(answer.error);
        QInputDialog ask(parent);
        ask.setWindowTitle(SitePasswordText::tr("Application Password"));
        ask.setLabelText(
            SitePasswordText::tr("%1\n\nApplication password for %2 (WordPress: Users > "
                                 "Profile > Application Passwords):")
                .arg(why, site.displayName()));
        ask.setTextEchoMode(QLineEdit::Password);
        // The reason can be long: wrapped, the dialog keeps a readable width.
        for (QLabel *label : ask.findChildren<QLabel *>())
            label->setWordWrap(true);
        ask.setMinimumWidth(ask.fontMetrics().averageCharWidth() * 60);
        const QString password =
            ask.exec() == QDialog::Accepted ? ask.textValue().trimmed() : QString();
        if (!password.isEmpty())
            then(password);
    });
}

void storeSitePassword(QWidget *parent, const WordPressSiteEntry &site, const QString &password,
                       std::function<void(bool kept, const QString &message)> done)
{
    const QFuture<KeyringAnswer> stored = QtConcurrent::run(backgroundPool(), [site, password] {
        return WordPressModule::storePassword(site.address, site.user, password);
    });
    onResult(stored, parent, [site, done = std::move(done)](const KeyringAnswer &answer) {
        if (answer.state == KeyringAnswer::State::Done)
            done(true,
                 SitePasswordText::tr(
                     "The application password for %1 is kept in the system keyring.")
                     .arg(site.displayName()));
        else
            done(
                false,
                SitePasswordText::tr("The application password for %1 could not be kept: %2. Spill "
                                     "will ask for it when it publishes.")
                    .arg(site.displayName(), answer.error));
    });
}

void forgetSitePassword(const WordPressSiteEntry &site)
{
    // Fire and forget: a password that stays behind harms no one but is
    // tidied when the keyring answers.
    (void)QtConcurrent::run(backgroundPool(), [site] {
        return WordPressModule::forgetPassword(site.address, site.user);
    });
}

} // namespace Spill
