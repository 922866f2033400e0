// SPDX-License-Identifier: GPL-3.0-or-later
// The longest GUI-thread stall per action of the scripted session that
// test_stalls runs (tests/gui/stallsession.h), over a freshly generated
// library of N stories, in the real main window. Prints, per action, the
// median and the worst of R rounds' longest stalls.
//
//   QT_QPA_PLATFORM=offscreen bench_stalls [--stories N] [--rounds R]
#include "eventloopwait.h"
#include "gallerylibrary.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "stalldetector.h"
#include "stallsession.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace Spill;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One round on a new library; empty list when the session failed.
QList<Test::StallDetector::Stall> runRound(int stories, QString *error)
{
    QTemporaryDir dir;
    Test::GeneratedLibrary spec;
    spec.stories = stories;
    *error = Test::generateLibrary(dir.path(), spec);
    if (!error->isEmpty())
        return {};
    const auto workspace = Workspace::open(dir.path(), error);
    if (!workspace)
        return {};
    Test::StallDetector detector;
    detector.beginAction(Test::startActionName());
    MainWindow window(*workspace);
    detector.startAfterFirstFrame(&window);
    window.show();
    window.activateWindow();
    // The Write place is made while this waits: as the application waits.
    if (!Test::waitInEventLoop([&] { return window.isActiveWindow(); }, 10000)) {
        *error = QStringLiteral("the window never became active");
        return {};
    }
    *error = Test::runStallSession(window, detector);
    detector.stop();
    window.close();
    return error->isEmpty() ? detector.longestPerAction() : QList<Test::StallDetector::Stall>();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The session saves where the creator was: never into the real settings.
    QStandardPaths::setTestModeEnabled(true);
    // Export's preview starts the browser engine from the build tree.
    if (qEnvironmentVariableIsEmpty("SPILL_WEBPREVIEW_MODULE"))
        qputenv("SPILL_WEBPREVIEW_MODULE", SPILL_BENCH_WEBPREVIEW_MODULE);
    QApplication app(argc, argv);
    int stories = 10000;
    int rounds = 3;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--stories")
            stories = args.at(++i).toInt();
        else if (args.at(i) == u"--rounds")
            rounds = args.at(++i).toInt();
    }

    QStringList order;
    std::map<QString, QList<Test::StallDetector::Stall>> byAction;
    for (int round = 0; round < rounds; ++round) {
        QString error;
        const QList<Test::StallDetector::Stall> stalls = runRound(stories, &error);
        if (!error.isEmpty()) {
            QTextStream(stderr) << "bench_stalls: " << error << Qt::endl;
            return 1;
        }
        for (const Test::StallDetector::Stall &stall : stalls) {
            if (!order.contains(stall.action))
                order.append(stall.action);
            byAction[stall.action].append(stall);
        }
    }

    out() << "Longest GUI-thread stall per action, " << stories << " stories, " << rounds
          << " rounds (tick " << Test::StallDetector::TickMs << " ms, budget "
          << Test::StallBudgetMs << " ms)\n\n";
    out() << "| action | median | worst | the worst's CPU on the GUI thread | preempted | major "
             "faults |\n"
             "| --- | --- | --- | --- | --- | --- |\n";
    for (const QString &action : order) {
        QList<Test::StallDetector::Stall> stalls = byAction[action];
        std::sort(stalls.begin(), stalls.end(),
                  [](const auto &a, const auto &b) { return a.ms < b.ms; });
        const qsizetype n = stalls.size();
        const qint64 median =
            n % 2 ? stalls.at(n / 2).ms : (stalls.at(n / 2 - 1).ms + stalls.at(n / 2).ms) / 2;
        const Test::StallDetector::Stall &worst = stalls.last();
        out() << "| " << action << " | " << median << " ms | " << worst.ms << " ms | "
              << worst.cpuMs << " ms | " << worst.preempted << " | " << worst.majorFaults << " |\n";
    }
    out().flush();
    return 0;
}
