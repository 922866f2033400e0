// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowmodule.h"

#include "files/spillmodule.h"

#include <QCoreApplication>

namespace Spill::WindowModule {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct WindowModuleText
{
    Q_DECLARE_TR_FUNCTIONS(WindowModule)
};

} // namespace

SpillWindowMain load(QString *error)
{
    const SpillModule::Resolved resolved = SpillModule::resolve(
        SpillModule::candidatePaths("SPILL_WINDOW_MODULE", QStringLiteral(SPILL_WINDOW_MODULE_NAME),
                                    QStringLiteral(SPILL_WINDOW_MODULE_INSTALLED)),
        SPILL_WINDOW_MAIN);
    if (!resolved.function && error)
        *error =
            WindowModuleText::tr("Spill's window is not installed (%1)").arg(resolved.problems);
    return reinterpret_cast<SpillWindowMain>(resolved.function);
}

} // namespace Spill::WindowModule
