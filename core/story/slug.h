// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Spill {

inline constexpr int MaxSlugLength = 80;

// A URL- and file-system-safe name for a story, derived from its title:
// lowercase ASCII letters, digits and single hyphens, accents folded
// ("Soufflé" -> "souffle"), at most MaxSlugLength characters, never empty,
// never a name Windows reserves (CON, NUL, COM1, ...), never "." or "..".
QString slugify(const QString &title);

// True for a slug slugify() could have produced: safe to use as a file or
// folder name inside an export folder.
bool isValidSlug(const QString &slug);

// `base` if it is free, else base-2, base-3, ... The predicate says whether
// a slug is already taken.
QString uniqueSlug(const QString &base, const std::function<bool(const QString &)> &taken);

} // namespace Spill
