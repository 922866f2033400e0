// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Spill {

// What a change from the followed recipe was about.
enum class DeviationKind { Ingredient, Quantity, Step, Time, Temperature, Tool };
inline constexpr int DeviationKindCount = 6;
QList<DeviationKind> allDeviationKinds();

// Stable keys (JSON, library) and labels: in the interface's language, and
// as English source texts (context "Story") for a post's language.
QString deviationKindKey(DeviationKind kind);
std::optional<DeviationKind> deviationKindFromKey(QStringView key);
QString deviationKindLabel(DeviationKind kind);
const char *deviationKindSource(DeviationKind kind);

// One way the cooking left the recipe that was followed: "what I changed".
struct Deviation
{
    DeviationKind kind = DeviationKind::Ingredient;
    QString subject; // what it was about, e.g. "butter", "the oven"; may be empty
    QString planned; // what the recipe said, e.g. "180 °C"
    QString actual; // what was done, e.g. "220 °C"
    bool causedFail = false; // the creator thinks this caused the fail

    // A row with nothing typed in it is not kept.
    bool isBlank() const;

    friend bool operator==(const Deviation &, const Deviation &) = default;
};

// The `changes` array of spill-story/1 (absent or null: none). Each entry an
// object with "kind" (one of the keys above), "subject", "planned",
// "actual" (strings, each optional) and "caused_fail" (a boolean, optional).
// On a wrong value returns false and says which key, e.g. "changes[1].kind".
bool deviationsFromJson(const QJsonValue &value, QList<Deviation> *deviations, QString *error);
QJsonValue deviationsToJson(const QList<Deviation> &deviations);

} // namespace Spill
