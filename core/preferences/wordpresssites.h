// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// A WordPress site the creator publishes to, as Preferences keeps it: the
// address and the user. The application password is never kept here; it
// lives in the system keyring (core/wordpress/module/wordpressmodule.h).
struct WordPressSiteEntry
{
    QString address; // as the creator typed it, e.g. "https://example.com/blog"
    QString user;

    bool operator==(const WordPressSiteEntry &other) const = default;
    // What the site is called in lists: "ana on example.com/blog".
    QString displayName() const;
};

} // namespace Spill
