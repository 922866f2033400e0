// SPDX-License-Identifier: GPL-3.0-or-later
#include "spillrun.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace Spill::Test {

Run spill(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString variable = QStringLiteral("SPILL_WP_APP_PASSWORD");
    if (password.isNull())
        env.remove(variable);
    else
        env.insert(variable, password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SPILL_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Spill::Test
