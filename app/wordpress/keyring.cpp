// SPDX-License-Identifier: GPL-3.0-or-later
// Application passwords in the system keyring through QtKeychain. Each call
// runs its job in a local event loop: the callers are worker threads and the
// command line.
#include "keyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Spill {

namespace {

struct KeyringText
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
};

const QString Service = QStringLiteral("Spill");

// A keyring that does not answer within this is treated as missing.
constexpr int KeyringTimeoutMs = 20000;

using KeyringAnswer = WordPressModule::KeyringAnswer;

KeyringAnswer run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeyringTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();

    KeyringAnswer answer;
    if (!finished) {
        answer.state = KeyringAnswer::State::NoKeyring;
        answer.error = KeyringText::tr("the system keyring did not answer");
        return answer;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        answer.state = KeyringAnswer::State::Done;
        break;
    case QKeychain::EntryNotFound:
        answer.state = KeyringAnswer::State::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        answer.state = KeyringAnswer::State::NoKeyring;
        answer.error = KeyringText::tr("there is no system keyring (%1)").arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        answer.state = KeyringAnswer::State::Failed;
        answer.error =
            KeyringText::tr("the system keyring refused access (%1)").arg(job.errorString());
        break;
    default:
        answer.state = KeyringAnswer::State::Failed;
        answer.error = KeyringText::tr("the system keyring failed (%1)").arg(job.errorString());
        break;
    }
    return answer;
}

} // namespace

KeyringAnswer keyringRead(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    KeyringAnswer answer = run(job);
    if (answer.state == KeyringAnswer::State::Done)
        answer.secret = job.textData();
    return answer;
}

KeyringAnswer keyringStore(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(password);
    return run(job);
}

KeyringAnswer keyringForget(const QString &key)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    KeyringAnswer answer = run(job);
    if (answer.state == KeyringAnswer::State::NotFound)
        answer.state = KeyringAnswer::State::Done; // nothing to forget is fine
    return answer;
}

} // namespace Spill
