// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Spill {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("spill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPILL_VERSION));
}

void installTranslator(QCoreApplication &app, QTranslator &translator)
{
    if (translator.load(QLocale(), QStringLiteral("spill"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        app.installTranslator(&translator);
}

} // namespace Spill
