// SPDX-License-Identifier: GPL-3.0-or-later
#include "story.h"

#include <QCoreApplication>

#include <utility>

namespace Spill {

namespace {

// A key, its English label marked for translation, and the enum value.
template<typename Enum> struct Entry
{
    Enum value;
    const char *key;
    const char *label;
};

constexpr Entry<FailureKind> FailureKinds[] = {
    {FailureKind::Burnt, "burnt", QT_TRANSLATE_NOOP("Story", "Burnt")},
    {FailureKind::Collapsed, "collapsed", QT_TRANSLATE_NOOP("Story", "Collapsed")},
    {FailureKind::SplitOrCurdled, "split_or_curdled",
     QT_TRANSLATE_NOOP("Story", "Split or curdled")},
    {FailureKind::UnderOrOvercooked, "under_or_overcooked",
     QT_TRANSLATE_NOOP("Story", "Under- or overcooked")},
    {FailureKind::ForgottenIngredient, "forgotten_ingredient",
     QT_TRANSLATE_NOOP("Story", "Forgotten ingredient")},
    {FailureKind::WrongSubstitution, "wrong_substitution",
     QT_TRANSLATE_NOOP("Story", "Wrong substitution")},
    {FailureKind::Measuring, "measuring", QT_TRANSLATE_NOOP("Story", "Measuring")},
    {FailureKind::Equipment, "equipment", QT_TRANSLATE_NOOP("Story", "Equipment")},
    {FailureKind::SpillOrDrop, "spill_or_drop", QT_TRANSLATE_NOOP("Story", "Spill or drop")},
    {FailureKind::Seasoning, "seasoning", QT_TRANSLATE_NOOP("Story", "Seasoning")},
    {FailureKind::Other, "other", QT_TRANSLATE_NOOP("Story", "Other")},
};
static_assert(std::size(FailureKinds) == FailureKindCount);

constexpr Entry<Outcome> Outcomes[] = {
    {Outcome::Rescued, "rescued", QT_TRANSLATE_NOOP("Story", "Rescued")},
    {Outcome::Partly, "partly", QT_TRANSLATE_NOOP("Story", "Partly rescued")},
    {Outcome::Binned, "binned", QT_TRANSLATE_NOOP("Story", "Binned")},
};

constexpr Entry<Status> Statuses[] = {
    {Status::Draft, "draft", QT_TRANSLATE_NOOP("Story", "Draft")},
    {Status::Ready, "ready", QT_TRANSLATE_NOOP("Story", "Ready")},
    {Status::Published, "published", QT_TRANSLATE_NOOP("Story", "Published")},
};

constexpr Entry<MediaRole> MediaRoles[] = {
    {MediaRole::Dream, "dream", QT_TRANSLATE_NOOP("Story", "Dream")},
    {MediaRole::Reality, "reality", QT_TRANSLATE_NOOP("Story", "Reality")},
    {MediaRole::Step, "step", QT_TRANSLATE_NOOP("Story", "Step")},
    {MediaRole::Result, "result", QT_TRANSLATE_NOOP("Story", "Result")},
};

template<typename Enum, std::size_t N>
const Entry<Enum> &find(const Entry<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    Q_UNREACHABLE();
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const Entry<Enum> (&table)[N], QStringView key)
{
    for (const auto &entry : table) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N> QString keyOf(const Entry<Enum> (&table)[N], Enum value)
{
    return QString::fromLatin1(find(table, value).key);
}

template<typename Enum, std::size_t N> QString labelOf(const Entry<Enum> (&table)[N], Enum value)
{
    return QCoreApplication::translate("Story", find(table, value).label);
}

} // namespace

QList<FailureKind> allFailureKinds()
{
    QList<FailureKind> kinds;
    for (const auto &entry : FailureKinds)
        kinds.append(entry.value);
    return kinds;
}

QString failureKindKey(FailureKind kind)
{
    return keyOf(FailureKinds, kind);
}
std::optional<FailureKind> failureKindFromKey(QStringView key)
{
    return fromKey(FailureKinds, key);
}
QString failureKindLabel(FailureKind kind)
{
    return labelOf(FailureKinds, kind);
}

QString outcomeKey(Outcome outcome)
{
    return keyOf(Outcomes, outcome);
}
std::optional<Outcome> outcomeFromKey(QStringView key)
{
    return fromKey(Outcomes, key);
}
QString outcomeLabel(Outcome outcome)
{
    return labelOf(Outcomes, outcome);
}

const char *failureKindSource(FailureKind kind)
{
    return find(FailureKinds, kind).label;
}
const char *outcomeSource(Outcome outcome)
{
    return find(Outcomes, outcome).label;
}

QString statusKey(Status status)
{
    return keyOf(Statuses, status);
}
std::optional<Status> statusFromKey(QStringView key)
{
    return fromKey(Statuses, key);
}
QString statusLabel(Status status)
{
    return labelOf(Statuses, status);
}

QString mediaRoleKey(MediaRole role)
{
    return keyOf(MediaRoles, role);
}
std::optional<MediaRole> mediaRoleFromKey(QStringView key)
{
    return fromKey(MediaRoles, key);
}
QString mediaRoleLabel(MediaRole role)
{
    return labelOf(MediaRoles, role);
}

void copyCreatorWords(MediaItem &to, const MediaItem &from)
{
    to.role = from.role;
    to.alt = from.alt;
    to.decorative = from.decorative;
    to.caption = from.caption;
    to.editedMarkOff = from.editedMarkOff;
    to.editedMarkReason = from.editedMarkReason;
}

} // namespace Spill
