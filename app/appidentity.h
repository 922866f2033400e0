// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QTranslator;

namespace Spill {

// Names Spill to Qt (application name, version), which also decides where
// QStandardPaths puts the default library. Call right after the app object.
void setApplicationIdentity();

// Loads Spill's translation for the system's language, if there is one.
void installTranslator(QCoreApplication &app, QTranslator &translator);

} // namespace Spill
