// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/beats.h"
#include "testsupport.h"

#include <QSet>

using namespace Spill;

TEST_CASE("beats: the five beats in the order the editor walks them")
{
    SECTION("nominal: keys follow the story format, in order")
    {
        QStringList keys;
        for (Beat beat : AllBeats)
            keys.append(beatKey(beat));
        CHECK(keys ==
              QStringList {QStringLiteral("intended"), QStringLiteral("went_wrong"),
                           QStringLiteral("salvage"), QStringLiteral("lesson"),
                           QStringLiteral("call_to_action")});
    }

    SECTION("nominal: every key leads back to its beat")
    {
        for (Beat beat : AllBeats)
            CHECK(beatFromKey(beatKey(beat)) == beat);
    }

    SECTION("robustness: unknown, empty and differently cased keys are refused")
    {
        CHECK_FALSE(beatFromKey(u"outro").has_value());
        CHECK_FALSE(beatFromKey(u"").has_value());
        CHECK_FALSE(beatFromKey(u"Lesson").has_value());
    }

    SECTION("nominal: every beat guides the creator with a question, hint and example")
    {
        QSet<QString> questions;
        for (Beat beat : AllBeats) {
            INFO(beatKey(beat).toStdString());
            CHECK_FALSE(beatTitle(beat).isEmpty());
            CHECK(beatQuestion(beat).endsWith(QLatin1Char('?')));
            CHECK(beatHint(beat).size() > 40);
            CHECK(beatExample(beat).size() > beatHint(beat).size() / 2);
            questions.insert(beatQuestion(beat));
        }
        CHECK(questions.size() == BeatCount);
        CHECK(beatQuestion(Beat::WentWrong) ==
              QStringLiteral("When did it go sideways, and what did it look like?"));
    }
}
