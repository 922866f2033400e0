// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beats.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>

namespace Spill {

// The heading readers see above a beat in the post. Spill's step names
// ("Intended dish") are scaffolding for the creator and never reach a post
// unless typed: a beat's heading is a friendly default written for readers
// ("The plan"), text of the creator's own, or none at all.
struct BeatHeading
{
    enum class Kind { Default, Text, Hidden };

    Kind kind = Kind::Default;
    QString text; // Kind::Text only

    static BeatHeading byDefault() { return {}; }
    static BeatHeading hidden() { return {Kind::Hidden, {}}; }
    // Blank text means no heading: clearing the field hides it.
    static BeatHeading withText(const QString &text);

    bool isDefault() const { return kind == Kind::Default; }
    bool isHidden() const { return kind == Kind::Hidden; }

    friend bool operator==(const BeatHeading &, const BeatHeading &) = default;
};

using BeatHeadings = std::array<BeatHeading, BeatCount>;

// Suggested headings for a beat, as English source texts to translate into
// the post's language with the context below; the first is the default.
inline constexpr char BeatHeadingContext[] = "BeatHeading";
QList<const char *> beatHeadingSources(Beat beat);

// The suggestions in the interface's language.
QStringList beatHeadingSuggestions(Beat beat);

// Reads the `headings` object of spill-story/1: only beats whose heading is
// not the default have a key, a string for their own text and null for
// none; absent means all defaults. On a wrong value returns false and says
// which key, e.g. "headings.lesson" must be a string or null.
bool beatHeadingsFromJson(const QJsonValue &value, BeatHeadings *headings, QString *error);

} // namespace Spill
