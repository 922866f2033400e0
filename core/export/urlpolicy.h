// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// The scheme allowlist for every URL Spill puts into a post. Browsers ignore
// tabs, newlines and leading spaces inside a scheme ("java\nscript:"), so the
// check looks through them.

// Links and images inside beat Markdown: http, https, mailto, or a relative
// reference without a scheme (our own image paths, links within the site).
bool isAllowedLinkUrl(const QString &url);

// Fields that must point to another web page (recipe, published post): an
// absolute http or https URL with a host. Returns the URL, or an empty string
// when it is not allowed.
QString allowedWebUrl(const QString &url);

} // namespace Spill
