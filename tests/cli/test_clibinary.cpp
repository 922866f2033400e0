// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `spill` binary the way a shell would, with no display at all,
// to prove headless commands never need one.
#include "testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runSpill(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LANGUAGE"), lang);
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SPILL_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("spill binary: headless use")
{
    SECTION("nominal: --help prints usage and succeeds without a display")
    {
        const Result r = runSpill({QStringLiteral("--help")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: spill")));
        CHECK(r.err.isEmpty());
    }

    SECTION("nominal: --version names the program and its version")
    {
        const Result r = runSpill({QStringLiteral("--version")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.trimmed().startsWith(QStringLiteral("spill 0.")));
    }

    SECTION("robustness: an unknown command fails with a usage error on stderr")
    {
        const Result r = runSpill({QStringLiteral("frobnicate")});
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("'frobnicate'")));
        CHECK(r.err.contains(QStringLiteral("spill --help")));
    }

    SECTION("robustness: a bad option is refused before any window could open")
    {
        const Result r = runSpill({QStringLiteral("--no-such-thing")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("'--no-such-thing'")));
    }

    SECTION("nominal: the help speaks German on a German system")
    {
        const Result r = runSpill({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Aufruf: spill")));
    }
}
