// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Spill::Cli {

class CliContext;

// What the shell completion scripts (packaging/completion/) ask the hidden
// `spill __complete -- WORD...`: the words typed after `spill`, the last one
// the word being completed (possibly empty). The answer is one candidate a
// line: commands, the options of the command typed (from commandspec.h),
// export formats, theme names, publish statuses, and story slugs from the
// library (`--library DIR` among the words, else the default one). Words
// the shell completes itself (files, folders) get no candidates.
struct CompletionSources
{
    std::function<QStringList(const QString &prefix)> slugs;
    std::function<QStringList()> themes;
};
QStringList completionCandidates(const QStringList &words, const CompletionSources &sources);

// The body of `spill __complete`: prints the candidates; always succeeds
// (a library that cannot be read just offers no slugs).
int runComplete(const CliContext &ctx);

} // namespace Spill::Cli
