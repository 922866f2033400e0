// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipremuxloader.h"

#include "clipremuxmodule.h"
#include "files/spillmodule.h"

#include <QCoreApplication>

namespace Spill {

namespace {

// Gives the file's messages one translation context, the same for lupdate.
struct ClipRemuxModuleText
{
    Q_DECLARE_TR_FUNCTIONS(ClipRemuxModule)
};

struct Loaded
{
    QString error;
    SpillRemuxClip remux = nullptr;
};

Loaded loadOnce()
{
    Loaded state;
    const SpillModule::Resolved resolved =
        SpillModule::resolve(ClipRemuxModule::candidatePaths(), SPILL_REMUX_CLIP);
    state.remux = reinterpret_cast<SpillRemuxClip>(resolved.function);
    if (!state.remux)
        state.error = ClipRemuxModuleText::tr("the clip remux module could not be loaded: %1")
                          .arg(resolved.problems);
    return state;
}

const Loaded &loaded()
{
    static const Loaded state = loadOnce(); // thread-safe initialisation
    return state;
}

} // namespace

namespace ClipRemuxModule {

QStringList candidatePaths()
{
    return SpillModule::candidatePaths("SPILL_REMUX_MODULE",
                                       QStringLiteral(SPILL_REMUX_MODULE_NAME),
                                       QStringLiteral(SPILL_REMUX_MODULE_INSTALLED));
}

bool load(QString *error)
{
    const Loaded &state = loaded();
    if (!state.remux && error)
        *error = state.error;
    return state.remux != nullptr;
}

} // namespace ClipRemuxModule

ClipRemux remuxClipThroughModule(const QString &sourcePath, const QString &suffix, QIODevice &out,
                                 qint64 maxBytes)
{
    const Loaded &state = loaded();
    ClipRemux result;
    if (!state.remux) {
        result.error =
            ClipRemuxModuleText::tr("Cannot remux the clip %1: %2").arg(sourcePath, state.error);
        return result;
    }
    state.remux(sourcePath, suffix, out, maxBytes, &result);
    return result;
}

} // namespace Spill
