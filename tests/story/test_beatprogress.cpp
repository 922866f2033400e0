// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/beatprogress.h"
#include "testsupport.h"

#include <QStringList>

using namespace Spill;

namespace {

QString words(int count, const QString &end = {})
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("word"));
    return list.join(QLatin1Char(' ')) + end;
}

} // namespace

TEST_CASE("beat progress: empty, started or done")
{
    SECTION("nominal: words are runs of letters and digits, not Markdown markers")
    {
        CHECK(beatWordCount(u"") == 0);
        CHECK(beatWordCount(u"The soufflé sank.") == 3);
        CHECK(beatWordCount(u"**Bold** and *italic*, # heading - list") == 5);
        CHECK(beatWordCount(u"I didn't open the half-baked door at 220 °C") == 9);
        CHECK(beatWordCount(u"line one\n\nline two\tend") == 5);
    }

    SECTION("nominal: nothing but white space is empty")
    {
        CHECK(beatProgress(u"") == BeatProgress::Empty);
        CHECK(beatProgress(u"  \n\t \n") == BeatProgress::Empty);
    }

    SECTION("nominal: a few words are a start")
    {
        CHECK(beatProgress(u"It was my sister's") == BeatProgress::Started);
        CHECK(beatProgress(words(BeatDoneWords - 1)) == BeatProgress::Started);
    }

    SECTION("nominal: enough words make a beat done, finished or not")
    {
        CHECK(beatProgress(words(BeatDoneWords)) == BeatProgress::Done);
        CHECK(beatProgress(words(BeatDoneWords + 100, QStringLiteral(" and"))) ==
              BeatProgress::Done);
    }

    SECTION("nominal: a short beat is done once its sentence is finished")
    {
        CHECK(beatProgress(words(BeatDoneSentenceWords, QStringLiteral("."))) ==
              BeatProgress::Done);
        CHECK(beatProgress(u"Which dish humbled you last? Tell me about your most dramatic "
                           u"collapse in the comments, and bonus points for photos!") ==
              BeatProgress::Done);
        CHECK(beatProgress(u"What was the worst fail you have ever had in a kitchen, and what "
                           u"did you do, *honestly*?") == BeatProgress::Done);
        CHECK(beatProgress(u"My sister tasted it and said it was \u201Cthe best disaster I "
                           u"have ever eaten in my life.\u201D  \n") == BeatProgress::Done);
        CHECK(beatProgress(u"Which dish humbled you last? Tell me!") == BeatProgress::Started);
        CHECK(beatProgress(words(BeatDoneSentenceWords - 1, QStringLiteral("."))) ==
              BeatProgress::Started);
        CHECK(beatProgress(words(BeatDoneSentenceWords + 5, QStringLiteral(","))) ==
              BeatProgress::Started);
    }

    SECTION("robustness: punctuation alone or odd characters do not count as writing")
    {
        CHECK(beatProgress(u"...") == BeatProgress::Started);
        CHECK(beatWordCount(u"... !!! ???") == 0);
        CHECK(beatWordCount(u"'-'") == 0);
        CHECK(beatProgress(u"**") == BeatProgress::Started);
    }
}
