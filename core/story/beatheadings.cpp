// SPDX-License-Identifier: GPL-3.0-or-later
#include "beatheadings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Spill {

namespace {

// Three suggestions per beat, each a heading a reader would not find odd.
// Source strings are marked for lupdate here and translated when asked for.
constexpr std::array<std::array<const char *, 3>, BeatCount> Suggestions = {{
    {QT_TRANSLATE_NOOP("BeatHeading", "The plan"),
     QT_TRANSLATE_NOOP("BeatHeading", "What I was making"),
     QT_TRANSLATE_NOOP("BeatHeading", "The dream")},
    {QT_TRANSLATE_NOOP("BeatHeading", "Where it went sideways"),
     QT_TRANSLATE_NOOP("BeatHeading", "The moment it turned"),
     QT_TRANSLATE_NOOP("BeatHeading", "What happened")},
    {QT_TRANSLATE_NOOP("BeatHeading", "The rescue"),
     QT_TRANSLATE_NOOP("BeatHeading", "What I did about it"),
     QT_TRANSLATE_NOOP("BeatHeading", "Damage control")},
    {QT_TRANSLATE_NOOP("BeatHeading", "What I learned"),
     QT_TRANSLATE_NOOP("BeatHeading", "Next time"),
     QT_TRANSLATE_NOOP("BeatHeading", "The takeaway")},
    {QT_TRANSLATE_NOOP("BeatHeading", "Over to you"), QT_TRANSLATE_NOOP("BeatHeading", "Your turn"),
     QT_TRANSLATE_NOOP("BeatHeading", "Have you been there?")},
}};

} // namespace

BeatHeading BeatHeading::withText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return hidden();
    return {Kind::Text, text};
}

QList<const char *> beatHeadingSources(Beat beat)
{
    const auto &sources = Suggestions.at(static_cast<std::size_t>(beatIndex(beat)));
    return {sources.begin(), sources.end()};
}

QStringList beatHeadingSuggestions(Beat beat)
{
    QStringList texts;
    for (const char *source : beatHeadingSources(beat))
        texts.append(QCoreApplication::translate(BeatHeadingContext, source));
    return texts;
}

bool beatHeadingsFromJson(const QJsonValue &value, BeatHeadings *headings, QString *error)
{
    headings->fill(BeatHeading::byDefault());
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = QCoreApplication::translate("StoryJson", "\"headings\" must be an object");
        return false;
    }
    const QJsonObject object = value.toObject();
    for (Beat beat : AllBeats) {
        const QJsonValue entry = object.value(beatKey(beat));
        BeatHeading &heading = headings->at(static_cast<std::size_t>(beatIndex(beat)));
        if (entry.isUndefined())
            continue;
        if (entry.isNull()) {
            heading = BeatHeading::hidden();
        } else if (entry.isString()) {
            heading = BeatHeading::withText(entry.toString());
        } else {
            *error =
                QCoreApplication::translate("StoryJson", "\"headings.%1\" must be a string or null")
                    .arg(beatKey(beat));
            return false;
        }
    }
    return true;
}

} // namespace Spill
