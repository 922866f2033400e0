// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for `spill __probe ...` in the tests: the same call the spill
// binary makes, so VideoProber's child-process path is really exercised.
#include "media/videoprobe.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) != u"__probe") {
        QTextStream(stderr) << "usage: spill-probe-test-host __probe FILE [--frame MS --out PNG]\n";
        return 2;
    }
    arguments.removeFirst();
    QTextStream out(stdout);
    return Spill::runProbeCommand(arguments, out);
}
