// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/beats.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Spill {

// Where the creator was in a story: which field, which beat (for a beat
// field) and where the text cursor stood, so reopening can return there.
struct EditorPosition
{
    enum class Field { Title, Dish, RecipeUrl, Tags, PublishedUrl, Beat };

    Field field = Field::Title;
    Beat beat = Beat::Intended; // meaningful when field is Beat
    int cursor = 0; // in characters from the start of the field's text

    // A compact, stable form for settings or the library: "beat:lesson:120",
    // "title:0".
    QString toString() const;
    static std::optional<EditorPosition> fromString(QStringView text);

    friend bool operator==(const EditorPosition &, const EditorPosition &) = default;
};

} // namespace Spill
