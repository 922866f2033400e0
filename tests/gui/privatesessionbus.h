// SPDX-License-Identifier: GPL-3.0-or-later
// A session bus of the test's own: a real dbus-daemon, found by Spill
// through DBUS_SESSION_BUS_ADDRESS as on a desktop. One per test process
// (privateSessionBus()): Qt keeps its session connection for the
// process's life.
#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QTest>

#include <catch2/catch.hpp>

namespace Spill::Test {

struct PrivateSessionBus
{
    QProcess daemon;
    QString address;

    PrivateSessionBus()
    {
        daemon.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--session"), QStringLiteral("--nofork"),
                      QStringLiteral("--print-address")});
        REQUIRE(daemon.waitForStarted());
        REQUIRE(QTest::qWaitFor([&] { return daemon.canReadLine(); }, 10000));
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        REQUIRE(!address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    }

    ~PrivateSessionBus()
    {
        daemon.kill();
        daemon.waitForFinished();
    }

    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;
};

// One T for the test process, made by the first test that asks for it and
// ended with the application, while Qt's event loop still exists.
template<typename T> T &processWide()
{
    static T *object = nullptr;
    if (!object) {
        object = new T;
        qAddPostRoutine([] {
            delete object;
            object = nullptr;
        });
    }
    return *object;
}

inline PrivateSessionBus &privateSessionBus()
{
    return processWide<PrivateSessionBus>();
}

} // namespace Spill::Test
