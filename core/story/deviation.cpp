// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviation.h"

#include "jsonmessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <iterator>
#include <utility>

namespace Spill {

namespace {

struct Entry
{
    DeviationKind kind;
    const char *key;
    const char *label;
};

constexpr Entry Kinds[] = {
    {DeviationKind::Ingredient, "ingredient", QT_TRANSLATE_NOOP("Story", "Ingredient")},
    {DeviationKind::Quantity, "quantity", QT_TRANSLATE_NOOP("Story", "Quantity")},
    {DeviationKind::Step, "step", QT_TRANSLATE_NOOP("Story", "Step")},
    {DeviationKind::Time, "time", QT_TRANSLATE_NOOP("Story", "Time")},
    {DeviationKind::Temperature, "temperature", QT_TRANSLATE_NOOP("Story", "Temperature")},
    {DeviationKind::Tool, "tool", QT_TRANSLATE_NOOP("Story", "Tool")},
};
static_assert(std::size(Kinds) == DeviationKindCount);

const Entry &entryOf(DeviationKind kind)
{
    return Kinds[static_cast<int>(kind)];
}

const QString Kind = QStringLiteral("kind");
const QString Subject = QStringLiteral("subject");
const QString Planned = QStringLiteral("planned");
const QString Actual = QStringLiteral("actual");
const QString CausedFail = QStringLiteral("caused_fail");

} // namespace

QList<DeviationKind> allDeviationKinds()
{
    QList<DeviationKind> kinds;
    for (const Entry &entry : Kinds)
        kinds.append(entry.kind);
    return kinds;
}

QString deviationKindKey(DeviationKind kind)
{
    return QString::fromLatin1(entryOf(kind).key);
}

std::optional<DeviationKind> deviationKindFromKey(QStringView key)
{
    for (const Entry &entry : Kinds) {
        if (key == QLatin1StringView(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QString deviationKindLabel(DeviationKind kind)
{
    return QCoreApplication::translate("Story", entryOf(kind).label);
}

const char *deviationKindSource(DeviationKind kind)
{
    return entryOf(kind).label;
}

bool Deviation::isBlank() const
{
    return subject.trimmed().isEmpty() && planned.trimmed().isEmpty() &&
        actual.trimmed().isEmpty() && !causedFail;
}

bool deviationsFromJson(const QJsonValue &value, QList<Deviation> *deviations, QString *error)
{
    deviations->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return JsonMessages::failWrongType(error, QStringLiteral("changes"),
                                           QT_TRANSLATE_NOOP("StoryJson", "an array"), value);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("changes[%1].").arg(i);
        if (!array.at(i).isObject())
            return JsonMessages::failWrongType(
                error, prefix.chopped(1), QT_TRANSLATE_NOOP("StoryJson", "an object"), array.at(i));
        const QJsonObject object = array.at(i).toObject();
        Deviation deviation;
        const QJsonValue kind = object.value(Kind);
        if (!kind.isString())
            return JsonMessages::failWrongType(error, prefix + Kind,
                                               QT_TRANSLATE_NOOP("StoryJson", "a string"), kind);
        const std::optional<DeviationKind> known = deviationKindFromKey(kind.toString());
        if (!known) {
            QStringList keys;
            for (const Entry &entry : Kinds)
                keys.append(QString::fromLatin1(entry.key));
            *error = JsonMessages::badChoice(prefix + Kind, keys.join(QStringLiteral(", ")),
                                             kind.toString());
            return false;
        }
        deviation.kind = *known;
        for (auto [key, field] :
             {std::pair {Subject, &deviation.subject}, std::pair {Planned, &deviation.planned},
              std::pair {Actual, &deviation.actual}}) {
            const QJsonValue text = object.value(key);
            if (text.isUndefined() || text.isNull())
                continue;
            if (!text.isString())
                return JsonMessages::failWrongType(
                    error, prefix + key, QT_TRANSLATE_NOOP("StoryJson", "a string"), text);
            *field = text.toString();
        }
        const QJsonValue caused = object.value(CausedFail);
        if (!caused.isUndefined() && !caused.isNull() && !caused.isBool())
            return JsonMessages::failWrongType(error, prefix + CausedFail,
                                               QT_TRANSLATE_NOOP("StoryJson", "true or false"),
                                               caused);
        deviation.causedFail = caused.toBool(false);
        deviations->append(deviation);
    }
    return true;
}

QJsonValue deviationsToJson(const QList<Deviation> &deviations)
{
    QJsonArray array;
    for (const Deviation &deviation : deviations) {
        array.append(QJsonObject {{Kind, deviationKindKey(deviation.kind)},
                                  {Subject, deviation.subject},
                                  {Planned, deviation.planned},
                                  {Actual, deviation.actual},
                                  {CausedFail, deviation.causedFail}});
    }
    return array;
}

} // namespace Spill
