// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace Spill {

// Names Spill to Qt (application name, version), which also decides where
// QStandardPaths puts the default library. Call right after the app object.
void setApplicationIdentity();

// Loads Spill's translation for the system's language, if there is one.
void installTranslator(QCoreApplication &app, QTranslator &translator);
// Qt's own words in the creator's language (`locale`): key names such as
// "Strg" in German, standard buttons, the file dialog. From the system's Qt
// translations (Debian's qt6-translations-l10n); without them, English.
void installQtTranslator(QCoreApplication &app, QTranslator &translator,
                         const QLocale &locale = QLocale());

} // namespace Spill
