// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Spill {

// The five beats every Spill post follows, in the order the editor walks them.
enum class Beat { Intended, WentWrong, Salvage, Lesson, CallToAction };

inline constexpr int BeatCount = 5;
inline constexpr std::array<Beat, BeatCount> AllBeats = {
    Beat::Intended, Beat::WentWrong, Beat::Salvage, Beat::Lesson, Beat::CallToAction};

constexpr int beatIndex(Beat beat)
{
    return static_cast<int>(beat);
}

// Stable key used in the library, the JSON format and export templates.
QString beatKey(Beat beat);
std::optional<Beat> beatFromKey(QStringView key);

// Translated texts the editor shows around each beat.
QString beatTitle(Beat beat);
QString beatQuestion(Beat beat);
QString beatHint(Beat beat);
QString beatExample(Beat beat);

} // namespace Spill
