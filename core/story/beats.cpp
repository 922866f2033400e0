// SPDX-License-Identifier: GPL-3.0-or-later
#include "beats.h"

#include <QCoreApplication>

namespace Spill {

namespace {

struct BeatText
{
    const char *key;
    const char *title;
    const char *question;
    const char *hint;
    const char *example;
};

// Source strings are marked for lupdate here and translated when asked for.
constexpr std::array<BeatText, BeatCount> Texts = {{
    {"intended", QT_TRANSLATE_NOOP("Beats", "Intended dish"),
     QT_TRANSLATE_NOOP("Beats", "What were you making, and how was it meant to turn out?"),
     QT_TRANSLATE_NOOP("Beats",
                       "Paint the picture you had in your head: the recipe, the occasion, and "
                       "the look and taste you were after."),
     QT_TRANSLATE_NOOP("Beats",
                       "It was my sister's birthday, and I wanted a cheese soufflé that rose a "
                       "proud five centimetres above the ramekin: golden on top, trembling "
                       "inside, the kind you rush to the table before it sighs.")},
    {"went_wrong", QT_TRANSLATE_NOOP("Beats", "What went wrong"),
     QT_TRANSLATE_NOOP("Beats", "When did it go sideways, and what did it look like?"),
     QT_TRANSLATE_NOOP("Beats",
                       "Name the moment it turned. Readers trust you more when you show the "
                       "burnt edge than when you only mention it."),
     QT_TRANSLATE_NOOP("Beats",
                       "Twenty minutes in I opened the oven, just to check. A gust of cool air "
                       "rolled in and the soufflé folded in on itself like a bouncy castle at "
                       "closing time.")},
    {"salvage", QT_TRANSLATE_NOOP("Beats", "Salvage"),
     QT_TRANSLATE_NOOP("Beats", "What did you do about it? Rescued, reinvented, or binned?"),
     QT_TRANSLATE_NOOP("Beats",
                       "Tell readers what happened next: a rescue, a clever reinvention, or an "
                       "honest trip to the bin."),
     QT_TRANSLATE_NOOP("Beats",
                       "I spooned the cheesy puddle onto toast, scattered chives over it and "
                       "called it soufflé rarebit. My sister asked for seconds, so I am counting "
                       "it as half a win.")},
    {"lesson", QT_TRANSLATE_NOOP("Beats", "Lesson"),
     QT_TRANSLATE_NOOP("Beats", "What will you do differently next time?"),
     QT_TRANSLATE_NOOP("Beats",
                       "Turn the fail into one tip a reader can use tonight. Be specific: a "
                       "temperature, a time, a tool."),
     QT_TRANSLATE_NOOP("Beats",
                       "Keep the oven door shut for the first 25 minutes. If you must look, "
                       "switch on the oven light: a soufflé needs steady heat until its walls "
                       "have set.")},
    {"call_to_action", QT_TRANSLATE_NOOP("Beats", "Call to action"),
     QT_TRANSLATE_NOOP("Beats", "What do you ask your readers?"),
     QT_TRANSLATE_NOOP("Beats",
                       "End with a question readers can answer in the comments, so your fail "
                       "starts a conversation."),
     QT_TRANSLATE_NOOP("Beats",
                       "Which dish humbled you last? Tell me about your most dramatic collapse "
                       "in the comments, and bonus points for photos.")},
}};

const BeatText &textFor(Beat beat)
{
    return Texts.at(static_cast<std::size_t>(beatIndex(beat)));
}

QString translated(const char *source)
{
    return QCoreApplication::translate("Beats", source);
}

} // namespace

QString beatKey(Beat beat)
{
    return QString::fromLatin1(textFor(beat).key);
}

std::optional<Beat> beatFromKey(QStringView key)
{
    for (Beat beat : AllBeats) {
        if (key == QLatin1StringView(textFor(beat).key))
            return beat;
    }
    return std::nullopt;
}

QString beatTitle(Beat beat)
{
    return translated(textFor(beat).title);
}
QString beatQuestion(Beat beat)
{
    return translated(textFor(beat).question);
}
QString beatHint(Beat beat)
{
    return translated(textFor(beat).hint);
}
QString beatExample(Beat beat)
{
    return translated(textFor(beat).example);
}

} // namespace Spill
