// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace Spill;
using namespace Spill::Test;

namespace {

// The last counter the child acknowledged: its last complete output line.
qint64 lastAcknowledged(const QByteArray &output)
{
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return 0;
    const qsizetype start = output.lastIndexOf('\n', end - 1) + 1;
    return output.mid(start, end - start).toLongLong();
}

} // namespace

TEST_CASE("autosave: killed at random moments, nothing acknowledged is lost")
{
    SECTION("robustness: 200 SIGKILLs during autosave")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("lib"));
        QRandomGenerator random(20261127);
        qint64 highest = 0;
        int runsWithWrites = 0;
        for (int run = 0; run < 200; ++run) {
            QProcess child;
            child.setProgram(QStringLiteral(SPILL_AUTOSAVE_CHILD));
            child.setArguments({folder});
            child.start();
            REQUIRE(child.waitForStarted());
            // One run in four is killed at any moment from the start (opening,
            // creating, backing up); the others once writing is under way,
            // however slow start-up is (sanitizer builds).
            if (run % 4 != 0) {
                while (!child.canReadLine() && child.state() == QProcess::Running)
                    child.waitForReadyRead(100);
            }
            QThread::msleep(random.bounded(1, 80));
            child.kill(); // SIGKILL
            REQUIRE(child.waitForFinished(10000));
            const QByteArray errors = child.readAllStandardError();
            INFO("run " << run << ": " << errors.toStdString());
            // A child may only stop because it was killed.
            CHECK(child.exitStatus() == QProcess::CrashExit);
            const qint64 acknowledged = lastAcknowledged(child.readAllStandardOutput());
            if (acknowledged > 0)
                ++runsWithWrites;

            OpenResult result = Library::open(folder);
            INFO(result.error.toStdString());
            REQUIRE(result.library);
            CHECK_FALSE(result.readOnly()); // the dead child's lock is stale
            const CheckResult check = result.library->check();
            INFO(check.report.toStdString());
            REQUIRE(check.ok);
            const std::optional<Story> story =
                result.library->storyBySlug(QStringLiteral("crash-test"));
            if (acknowledged > 0 || highest > 0) {
                REQUIRE(story);
                const qint64 stored = story->beat(Beat::Intended).toLongLong();
                CHECK(stored >= acknowledged);
                CHECK(stored >= highest);
                highest = std::max(highest, stored);
            }
        }
        // The kills hit real writes.
        CHECK(runsWithWrites >= 150);
    }
}
