// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowmodule.h"

#include <QCoreApplication>

namespace Spill::WindowModule {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WindowModule)
};

const ModuleLoader::Module Window {"SPILL_WINDOW_MODULE", SPILL_WINDOW_MODULE_NAME,
                                   SPILL_WINDOW_MODULE_INSTALLED};

} // namespace

SpillWindowMain load(const QString &programDir, QString *error)
{
    QFunctionPointer entry = nullptr;
    QStringList problems;
    if (ModuleLoader::load(Window, programDir, {SPILL_WINDOW_MAIN}, &entry, &problems))
        return reinterpret_cast<SpillWindowMain>(entry);
    if (error)
        *error = Text::tr("Spill's window is not installed (%1)")
                     .arg(problems.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace Spill::WindowModule
