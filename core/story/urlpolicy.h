// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spill {

// The one URL policy of Spill: what the editor accepts in a web address field
// is exactly what an export publishes, and every URL Spill puts into a post
// passes the scheme allowlist. Browsers ignore tabs, newlines and leading
// spaces inside a scheme ("java\nscript:"), so the check looks through them.

// Links and images inside beat Markdown: http, https, mailto, or a relative
// reference without a scheme (our own image paths, links within the site).
bool isAllowedLinkUrl(const QString &url);

// Fields that must point to another web page (recipe, published post): an
// absolute http or https URL with a host. Returns the URL, or an empty string
// when it is not allowed.
// Spaces and quotes are percent-encoded, not refused: a pasted address keeps
// working.
QString allowedWebUrl(const QString &url);

// For the editor's recipe and published fields: true when the text is empty
// (no address) or allowedWebUrl() keeps it.
bool isAcceptableWebAddress(const QString &text);

} // namespace Spill
