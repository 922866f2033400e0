// SPDX-License-Identifier: GPL-3.0-or-later
// Slugs from arbitrary titles are always valid, stable and short.
#include "story/slug.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString title = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString slug = Spill::slugify(title);
    if (!Spill::isValidSlug(slug) || slug.size() > Spill::MaxSlugLength)
        std::abort();
    if (Spill::slugify(slug) != slug)
        std::abort(); // a slug is its own slug
    const QString unique =
        Spill::uniqueSlug(slug, [&slug](const QString &candidate) { return candidate == slug; });
    if (unique == slug || !Spill::isValidSlug(unique))
        std::abort();
    (void)Spill::isValidSlug(title);
    return 0;
}
