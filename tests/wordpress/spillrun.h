// SPDX-License-Identifier: GPL-3.0-or-later
// The spill program run as a creator runs it, for the publish tests.
#pragma once

#include <QString>
#include <QStringList>

namespace Spill::Test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs spill with `arguments`; SPILL_WP_APP_PASSWORD is `password`, or unset
// when `password` is null. REQUIREs that it finishes within two minutes.
Run spill(const QStringList &arguments, const QString &password = {});

} // namespace Spill::Test
