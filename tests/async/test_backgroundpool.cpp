// SPDX-License-Identifier: GPL-3.0-or-later
#include "async/backgroundpool.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QThreadPool>

using namespace Spill;

TEST_CASE("background pool: Spill's work leaves Qt's global pool to painting")
{
    SECTION("nominal: work waiting in the background pool does not hold the global pool")
    {
        QThreadPool *pool = backgroundPool();
        REQUIRE(pool != QThreadPool::globalInstance());
        // Every thread of the background pool busy, as during a slow keyring
        // call or a dictionary load.
        QSemaphore release;
        QSemaphore started;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                started.release();
                release.acquire();
            });
        const bool allBusy = started.tryAcquire(threads, 10000);
        const int globalBusy = QThreadPool::globalInstance()->activeThreadCount();
        // What Qt's raster engine does with a large fill: a task in the
        // global pool, waited for. It runs while Spill's work still waits.
        QSemaphore filled;
        QThreadPool::globalInstance()->start([&] { filled.release(); });
        const bool fillRan = filled.tryAcquire(1, 10000);
        release.release(threads);
        pool->waitForDone();
        QThreadPool::globalInstance()->waitForDone();
        REQUIRE(allBusy);
        CHECK(globalBusy == 0);
        CHECK(fillRan);
    }

    SECTION("rule: every QtConcurrent::run in app/ and core/ names its pool")
    {
        // Without a pool QtConcurrent::run queues in the global pool, where
        // a paint would wait for the work to end.
        static const QRegularExpression run(QStringLiteral(R"(QtConcurrent::run\(\s*([^,]*))"));
        static const QRegularExpression pool(
            QStringLiteral(R"(^(backgroundPool\(\)|&?[\w.>-]*(pool|Pool|fileChanges\(\))\s*)$)"));
        QStringList offenders;
        for (const char *folder : {"app", "core"}) {
            QDirIterator files(QStringLiteral(SPILL_SOURCE_DIR "/") + QLatin1String(folder),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                REQUIRE(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto it = run.globalMatch(text); it.hasNext();) {
                    const QString first = it.next().captured(1).trimmed();
                    if (!pool.match(first).hasMatch())
                        offenders.append(file.fileName() + QStringLiteral(": ") + first);
                }
                if (text.contains(QStringLiteral("QThreadPool::globalInstance()")))
                    offenders.append(file.fileName() + QStringLiteral(": the global pool"));
            }
        }
        INFO(offenders.join(u'\n').toStdString());
        CHECK(offenders.isEmpty());
    }
}
