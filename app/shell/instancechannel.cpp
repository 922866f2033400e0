// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancechannel.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

const QString ObjectPath = QStringLiteral("/org/spill/spill");
const QString Interface = QStringLiteral("org.spill.spill.Instance");
const QString BusService = QStringLiteral("org.freedesktop.DBus");
const QString BusPath = QStringLiteral("/org/freedesktop/DBus");

// RequestName's flag and answer (the D-Bus specification).
constexpr uint DoNotQueue = 4;
constexpr uint PrimaryOwner = 1;

bool hasSessionBus()
{
    // No autolaunch of a bus for this: without one there is no other Spill
    // to find.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

QString instanceServiceName(const QString &folder)
{
    // The same folder however it was named: through a link, with "..".
    const QFileInfo info(folder);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("org.spill.spill.Library_") + QString::fromLatin1(hash);
}

InstanceChannel::InstanceChannel(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_service(instanceServiceName(folder))
{
}

InstanceChannel::~InstanceChannel()
{
    if (!m_registered)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(ObjectPath);
    // Released without waiting; the bus drops it anyway when Spill ends.
    QDBusMessage release = QDBusMessage::createMethodCall(BusService, BusPath, BusService,
                                                          QStringLiteral("ReleaseName"));
    release << m_service;
    bus.send(release);
}

void InstanceChannel::listen()
{
    if (m_registered || !hasSessionBus())
        return;
    // Connecting is a handshake with the bus: not on the GUI thread.
    onResult(QtConcurrent::run(backgroundPool(),
                               [] { return QDBusConnection::sessionBus().isConnected(); }),
             this, [this](bool connected) {
                 if (!connected) {
                     emit listening(false);
                     return;
                 }
                 requestName();
             });
}

void InstanceChannel::requestName()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(ObjectPath, this, QDBusConnection::ExportAllSlots)) {
        emit listening(false);
        return;
    }
    m_registered = true;
    QDBusMessage call = QDBusMessage::createMethodCall(BusService, BusPath, BusService,
                                                       QStringLiteral("RequestName"));
    call << m_service << DoNotQueue;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *answer) {
                answer->deleteLater();
                const QDBusPendingReply<uint> reply = *answer;
                emit listening(!reply.isError() && reply.value() == PrimaryOwner);
            });
}

void InstanceChannel::Open(bool newStory, const QStringList &storyFiles)
{
    emit requested(newStory, storyFiles);
}

bool handOverToRunningSpill(const QString &folder, bool newStory, const QStringList &storyFiles,
                            int timeoutMs)
{
    if (!hasSessionBus())
        return false;
    QStringList files;
    for (const QString &file : storyFiles)
        files.append(QFileInfo(file).absoluteFilePath()); // the other Spill's folder differs
    const QString connectionName = QStringLiteral("spill-handover");
    bool taken = false;
    {
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
        if (bus.isConnected()) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                instanceServiceName(folder), ObjectPath, Interface, QStringLiteral("Open"));
            call << newStory << files;
            taken = bus.call(call, QDBus::Block, timeoutMs).type() == QDBusMessage::ReplyMessage;
        }
    }
    QDBusConnection::disconnectFromBus(connectionName);
    return taken;
}

} // namespace Spill
