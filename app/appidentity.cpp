// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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
    // Without a translation for the creator's language Spill speaks English,
    // whose file holds the plural forms ("1 story", "2 stories").
    if (translator.load(QLocale(), QStringLiteral("spill"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("spill_en"), QStringLiteral(":/i18n")))
        app.installTranslator(&translator);
}

void installQtTranslator(QCoreApplication &app, QTranslator &translator, const QLocale &locale)
{
    if (translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&translator);
}

} // namespace Spill
