// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Spill {

enum class ExportFormat { Markdown, Hugo, Jekyll, Html, HtmlSingle, Json };

QString exportFormatKey(ExportFormat format); // as on the command line: "html-single"
std::optional<ExportFormat> exportFormatFromKey(QStringView key);
QStringList exportFormatKeys();

// The themes built into Spill, by name (the first is the default): for
// places that cannot read the themes themselves, such as shell completion.
QStringList builtInThemeNames();

// Only the HTML formats are drawn through a theme.
bool exportFormatUsesTheme(ExportFormat format);

} // namespace Spill
