// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include <array>
#include <utility>

namespace Spill {

namespace {

constexpr std::array<std::pair<ExportFormat, const char *>, 6> Keys = {{
    {ExportFormat::Markdown, "markdown"},
    {ExportFormat::Hugo, "hugo"},
    {ExportFormat::Jekyll, "jekyll"},
    {ExportFormat::Html, "html"},
    {ExportFormat::HtmlSingle, "html-single"},
    {ExportFormat::Json, "json"},
}};

} // namespace

QString exportFormatKey(ExportFormat format)
{
    for (const auto &[value, key] : Keys) {
        if (value == format)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

std::optional<ExportFormat> exportFormatFromKey(QStringView key)
{
    for (const auto &[value, name] : Keys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

QStringList exportFormatKeys()
{
    QStringList keys;
    for (const auto &entry : Keys)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

bool exportFormatUsesTheme(ExportFormat format)
{
    return format == ExportFormat::Html || format == ExportFormat::HtmlSingle;
}

QStringList builtInThemeNames()
{
    return {QStringLiteral("kitchen"), QStringLiteral("clean")};
}

} // namespace Spill
