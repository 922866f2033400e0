// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorposition.h"

#include <QList>

#include <array>
#include <utility>

namespace Spill {

namespace {

using Field = EditorPosition::Field;

constexpr std::array<std::pair<Field, const char *>, 6> FieldKeys = {{
    {Field::Title, "title"},
    {Field::Dish, "dish"},
    {Field::RecipeUrl, "recipe_url"},
    {Field::Tags, "tags"},
    {Field::PublishedUrl, "published_url"},
    {Field::Beat, "beat"},
}};

} // namespace

QString EditorPosition::toString() const
{
    QString key;
    for (const auto &[value, name] : FieldKeys) {
        if (value == field)
            key = QString::fromLatin1(name);
    }
    if (field == Field::Beat)
        return key + u':' + beatKey(beat) + u':' + QString::number(cursor);
    return key + u':' + QString::number(cursor);
}

std::optional<EditorPosition> EditorPosition::fromString(QStringView text)
{
    const QList<QStringView> parts = text.split(u':');
    if (parts.size() < 2)
        return std::nullopt;
    EditorPosition position;
    bool known = false;
    for (const auto &[value, name] : FieldKeys) {
        if (parts.first() == QLatin1StringView(name)) {
            position.field = value;
            known = true;
        }
    }
    if (!known || parts.size() != (position.field == Field::Beat ? 3 : 2))
        return std::nullopt;
    if (position.field == Field::Beat) {
        const std::optional<Beat> beat = beatFromKey(parts.at(1));
        if (!beat)
            return std::nullopt;
        position.beat = *beat;
    }
    bool ok = false;
    position.cursor = parts.last().toInt(&ok);
    if (!ok || position.cursor < 0)
        return std::nullopt;
    return position;
}

} // namespace Spill
