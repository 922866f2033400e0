// SPDX-License-Identifier: GPL-3.0-or-later
#include "coach.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Spill {

namespace {

QString translated(const char *source)
{
    return QCoreApplication::translate("Coach", source);
}

QRegularExpression pattern(const QString &source)
{
    return QRegularExpression(source,
                              QRegularExpression::UseUnicodePropertiesOption |
                                  QRegularExpression::CaseInsensitiveOption);
}

// Each beat stripped and counted once per run: the coach runs as the creator types.
struct Beats
{
    std::array<QString, BeatCount> plain;
    std::array<int, BeatCount> words {};

    explicit Beats(const Story &story)
    {
        for (Beat beat : AllBeats) {
            const auto at = static_cast<std::size_t>(beatIndex(beat));
            plain.at(at) = plainText(story.beat(beat));
            words.at(at) = countWords(plain.at(at));
        }
    }
    const QString &text(Beat beat) const
    {
        return plain.at(static_cast<std::size_t>(beatIndex(beat)));
    }
    int count(Beat beat) const { return words.at(static_cast<std::size_t>(beatIndex(beat))); }
};

// Why each beat matters, shown when it is still empty.
constexpr std::array<const char *, BeatCount> EmptyBeatWhy = {
    QT_TRANSLATE_NOOP("Coach", "Readers need the dish you dreamed of to feel what was at stake."),
    QT_TRANSLATE_NOOP("Coach", "This is the moment readers recognise from their own kitchens."),
    QT_TRANSLATE_NOOP("Coach",
                      "What you did next is the useful, often funny part readers remember."),
    QT_TRANSLATE_NOOP("Coach", "The lesson turns your fail into a tip readers can trust."),
    QT_TRANSLATE_NOOP("Coach", "Ending with a question invites readers to share their own fails."),
};

// Sentence starts that read as advice to the reader (English).
const QSet<QString> &imperativeVerbs()
{
    static const QSet<QString> verbs = {
        QStringLiteral("add"),    QStringLiteral("allow"),    QStringLiteral("always"),
        QStringLiteral("avoid"),  QStringLiteral("bake"),     QStringLiteral("be"),
        QStringLiteral("beat"),   QStringLiteral("blend"),    QStringLiteral("boil"),
        QStringLiteral("bring"),  QStringLiteral("buy"),      QStringLiteral("check"),
        QStringLiteral("chill"),  QStringLiteral("choose"),   QStringLiteral("chop"),
        QStringLiteral("cook"),   QStringLiteral("cool"),     QStringLiteral("cover"),
        QStringLiteral("cut"),    QStringLiteral("do"),       QStringLiteral("don't"),
        QStringLiteral("double"), QStringLiteral("dry"),      QStringLiteral("fold"),
        QStringLiteral("freeze"), QStringLiteral("get"),      QStringLiteral("give"),
        QStringLiteral("grease"), QStringLiteral("heat"),     QStringLiteral("hold"),
        QStringLiteral("keep"),   QStringLiteral("knead"),    QStringLiteral("label"),
        QStringLiteral("leave"),  QStringLiteral("let"),      QStringLiteral("line"),
        QStringLiteral("lower"),  QStringLiteral("make"),     QStringLiteral("measure"),
        QStringLiteral("melt"),   QStringLiteral("mix"),      QStringLiteral("never"),
        QStringLiteral("open"),   QStringLiteral("pat"),      QStringLiteral("pick"),
        QStringLiteral("plan"),   QStringLiteral("pour"),     QStringLiteral("preheat"),
        QStringLiteral("prep"),   QStringLiteral("put"),      QStringLiteral("read"),
        QStringLiteral("reduce"), QStringLiteral("remember"), QStringLiteral("rest"),
        QStringLiteral("rinse"),  QStringLiteral("roast"),    QStringLiteral("salt"),
        QStringLiteral("season"), QStringLiteral("set"),      QStringLiteral("sieve"),
        QStringLiteral("sift"),   QStringLiteral("simmer"),   QStringLiteral("skip"),
        QStringLiteral("soak"),   QStringLiteral("start"),    QStringLiteral("stir"),
        QStringLiteral("stop"),   QStringLiteral("store"),    QStringLiteral("strain"),
        QStringLiteral("swap"),   QStringLiteral("take"),     QStringLiteral("taste"),
        QStringLiteral("temper"), QStringLiteral("test"),     QStringLiteral("toast"),
        QStringLiteral("trust"),  QStringLiteral("try"),      QStringLiteral("turn"),
        QStringLiteral("use"),    QStringLiteral("wait"),     QStringLiteral("warm"),
        QStringLiteral("wash"),   QStringLiteral("watch"),    QStringLiteral("weigh"),
        QStringLiteral("whip"),   QStringLiteral("whisk"),    QStringLiteral("write"),
    };
    return verbs;
}

bool startsWithImperative(const QString &text)
{
    static const QRegularExpression sentenceBreak = pattern(QStringLiteral(R"([.!?;:\n]+)"));
    static const QRegularExpression firstWord = pattern(QStringLiteral(R"(^[^\w']*([\w']+))"));
    for (const QString &sentence : text.split(sentenceBreak, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = firstWord.match(sentence);
        if (match.hasMatch() && imperativeVerbs().contains(match.captured(1).toLower()))
            return true;
    }
    return false;
}

bool adviceInPlainText(const QString &plain)
{
    QString text = plain;
    text.replace(QChar(0x2019), u'\''); // typographic apostrophes, as in "don’t"
    if (startsWithImperative(text))
        return true;
    static const QRegularExpression marker = pattern(QStringLiteral(
        R"(\b(?:next time|make sure|be sure|don't|do not|never|always|try|use|remember|)"
        R"(avoid|instead|you should|you can|you'll want|i recommend|my advice|tip|)"
        R"(rule of thumb|the trick is|the secret is)\b)"));
    static const QRegularExpression quantity = pattern(QStringLiteral(
        R"(\d+(?:[.,]\d+)?\s*-?\s*(?:[°º]\s*[cf]?|degrees?|minutes?|mins?|hours?|hrs?|)"
        R"(seconds?|secs?|g|grams?|kg|mg|ml|millilit(?:re|er)s?|l|lit(?:re|er)s?|cups?|tbsp|)"
        R"(tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|cm|mm|inch(?:es)?|%|percent))"
        R"((?!\w))"));
    return marker.match(text).hasMatch() || quantity.match(text).hasMatch();
}

bool questionInPlainText(const QString &plain)
{
    return plain.contains(u'?') || plain.contains(QChar(0xFF1F)) || plain.contains(QChar(0x061F));
}

CoachFinding finding(const QString &id, CoachSeverity severity, const QString &title,
                     const QString &why, CoachLocation location)
{
    return {id, severity, title, why, location};
}

void checkTitle(const Story &story, QList<CoachFinding> &out)
{
    const int length = titleLength(story.title);
    const CoachLocation at = CoachLocation::title();
    if (length == 0) {
        out.append(finding(
            QStringLiteral("title-missing"), CoachSeverity::Warning,
            QCoreApplication::translate("Coach", "Give your story a title"),
            QCoreApplication::translate("Coach",
                                        "The title is the first thing readers see, in feeds and in "
                                        "search results."),
            at));
    } else if (length < MinTitleLength) {
        out.append(finding(QStringLiteral("title-short"), CoachSeverity::Suggestion,
                           QCoreApplication::translate("Coach", "The title is short: %n characters",
                                                       nullptr, length),
                           QCoreApplication::translate(
                               "Coach",
                               "A title of 20 to 70 characters gives readers enough to get "
                               "curious."),
                           at));
    } else if (length > MaxTitleLength) {
        out.append(finding(QStringLiteral("title-long"), CoachSeverity::Suggestion,
                           QCoreApplication::translate("Coach", "The title is long: %n characters",
                                                       nullptr, length),
                           QCoreApplication::translate(
                               "Coach",
                               "Feeds and search results cut titles after about 70 characters, "
                               "so readers may miss the end."),
                           at));
    } else {
        out.append(finding(QStringLiteral("title-length"), CoachSeverity::Good,
                           QCoreApplication::translate("Coach", "The title length is just right"),
                           QCoreApplication::translate(
                               "Coach",
                               "Titles of 20 to 70 characters show in full wherever readers "
                               "find them."),
                           at));
    }
}

void checkBeats(const Beats &beats, QList<CoachFinding> &out)
{
    bool allWritten = true;
    for (Beat beat : AllBeats) {
        if (beats.count(beat) > 0)
            continue;
        allWritten = false;
        out.append(finding(
            QStringLiteral("beat-empty:") + beatKey(beat), CoachSeverity::Warning,
            QCoreApplication::translate("Coach", "Write \u201c%1\u201d").arg(beatTitle(beat)),
            translated(EmptyBeatWhy.at(static_cast<std::size_t>(beatIndex(beat)))),
            CoachLocation::inBeat(beat)));
    }
    if (allWritten) {
        out.append(finding(QStringLiteral("beats-written"), CoachSeverity::Good,
                           QCoreApplication::translate("Coach", "All five beats are written"),
                           QCoreApplication::translate(
                               "Coach",
                               "A whole arc, from plan to lesson, is what makes a fail worth "
                               "reading."),
                           CoachLocation::wholeStory()));
    }
}

void checkEvidence(const Story &story, QList<CoachFinding> &out)
{
    static const QRegularExpression inlineImage = pattern(QStringLiteral(R"(!\[[^\]]*\]\()"));
    bool shown = inlineImage.match(story.beat(Beat::WentWrong)).hasMatch();
    for (const MediaItem &item : story.media)
        shown = shown || item.beat == Beat::WentWrong || item.role == MediaRole::Reality;
    const CoachLocation at = CoachLocation::inBeat(Beat::WentWrong);
    if (shown) {
        out.append(finding(
            QStringLiteral("evidence"), CoachSeverity::Good,
            QCoreApplication::translate("Coach", "Your fail is on camera"),
            QCoreApplication::translate("Coach",
                                        "A photo of what went wrong earns more trust than any "
                                        "description."),
            at));
    } else {
        out.append(finding(QStringLiteral("evidence-missing"), CoachSeverity::Suggestion,
                           QCoreApplication::translate("Coach", "Show what went wrong"),
                           QCoreApplication::translate(
                               "Coach",
                               "A photo or clip of the mishap lets readers see it, trust you, "
                               "and laugh along."),
                           at));
    }
}

void checkAltText(const Story &story, QList<CoachFinding> &out)
{
    bool allGood = true;
    for (qsizetype i = 0; i < story.media.size(); ++i) {
        const MediaItem &item = story.media.at(i);
        if (item.decorative)
            continue;
        const int index = static_cast<int>(i);
        const QString number = QString::number(index + 1);
        const bool video = item.kind == MediaKind::Video;
        const QString alt = item.alt.trimmed();
        if (alt.isEmpty()) {
            allGood = false;
            out.append(finding(QStringLiteral("alt-missing:%1").arg(index), CoachSeverity::Warning,
                               (video ? QCoreApplication::translate("Coach", "Describe clip %1")
                                      : QCoreApplication::translate("Coach", "Describe photo %1"))
                                   .arg(number),
                               QCoreApplication::translate(
                                   "Coach",
                                   "Readers using a screen reader hear this description; if it "
                                   "only decorates, mark it decorative instead."),
                               CoachLocation::media(index)));
        } else if (isPlaceholderAltText(alt)) {
            allGood = false;
            out.append(
                finding(QStringLiteral("alt-filename:%1").arg(index), CoachSeverity::Warning,
                        (video ? QCoreApplication::translate("Coach", "Say what clip %1 shows")
                               : QCoreApplication::translate("Coach", "Say what photo %1 shows"))
                            .arg(number),
                        QCoreApplication::translate(
                            "Coach",
                            "A screen reader reads \u201c%1\u201d aloud, which tells a "
                            "listener nothing about your dish.")
                            .arg(alt),
                        CoachLocation::media(index)));
        }
    }
    if (allGood && !story.media.isEmpty()) {
        out.append(
            finding(QStringLiteral("alt-text"), CoachSeverity::Good,
                    QCoreApplication::translate("Coach", "Every photo and clip is described"),
                    QCoreApplication::translate(
                        "Coach", "Readers who use a screen reader get the whole story too."),
                    CoachLocation::wholeStory()));
    }
}

// A photo its file says was edited, with the "edited" mark turned off: the
// post will not say so, so the coach asks why until the creator has.
void checkEditedMarks(const Story &story, QList<CoachFinding> &out)
{
    for (qsizetype i = 0; i < story.media.size(); ++i) {
        const MediaItem &item = story.media.at(i);
        if (!item.origin.edited || !item.editedMarkOff ||
            !item.editedMarkReason.trimmed().isEmpty())
            continue;
        const int index = static_cast<int>(i);
        const QString by = item.origin.software.isEmpty()
            ? QCoreApplication::translate("Coach",
                                          "Its file says it was changed after it was taken.")
            : QCoreApplication::translate("Coach",
                                          "Its file says %1 changed it after it was taken.")
                  .arg(item.origin.software);
        out.append(finding(
            QStringLiteral("edited-unmarked:%1").arg(index), CoachSeverity::Warning,
            QCoreApplication::translate("Coach", "Say why photo %1 is not marked edited")
                .arg(index + 1),
            by + u' ' +
                QCoreApplication::translate("Coach",
                                            "Readers trust a post that says what was changed; "
                                            "if the file is wrong, say why."),
            CoachLocation::editedMark(index)));
    }
}

void checkLesson(const Beats &beats, QList<CoachFinding> &out)
{
    if (beats.count(Beat::Lesson) == 0)
        return; // the empty beat has its own finding
    const CoachLocation at = CoachLocation::inBeat(Beat::Lesson);
    if (adviceInPlainText(beats.text(Beat::Lesson))) {
        out.append(finding(QStringLiteral("lesson-tip"), CoachSeverity::Good,
                           QCoreApplication::translate("Coach", "The lesson gives readers a tip"),
                           QCoreApplication::translate(
                               "Coach", "Something to try tonight is what brings readers back."),
                           at));
    } else {
        out.append(finding(QStringLiteral("lesson-no-tip"), CoachSeverity::Suggestion,
                           QCoreApplication::translate("Coach", "Turn the lesson into a tip"),
                           QCoreApplication::translate(
                               "Coach",
                               "Readers remember a fail that hands them something to do: a "
                               "temperature, a time, a \u201cnext time, \u2026\u201d."),
                           at));
    }
}

// The change marked as the cause, named in the lesson: a word of three or
// more letters of its subject (else of what was done) found in the lesson.
void checkLessonCause(const Story &story, const Beats &beats, QList<CoachFinding> &out)
{
    const auto cause = std::find_if(story.changes.cbegin(), story.changes.cend(),
                                    [](const Deviation &change) { return change.causedFail; });
    if (cause == story.changes.cend() || beats.count(Beat::Lesson) == 0)
        return;
    const QString named = cause->subject.trimmed().isEmpty() ? cause->actual : cause->subject;
    const QString lesson = beats.text(Beat::Lesson);
    static const QRegularExpression wordPattern(QStringLiteral("\\w{3,}"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    bool mentioned = false;
    for (auto it = wordPattern.globalMatch(named); it.hasNext() && !mentioned;)
        mentioned = lesson.contains(it.next().captured(), Qt::CaseInsensitive);
    const QString what =
        named.trimmed().isEmpty() ? deviationKindLabel(cause->kind) : named.simplified();
    const CoachLocation at = CoachLocation::inBeat(Beat::Lesson);
    if (mentioned) {
        out.append(finding(
            QStringLiteral("lesson-cause"), CoachSeverity::Good,
            QCoreApplication::translate("Coach", "The lesson names what caused it"),
            QCoreApplication::translate("Coach",
                                        "Readers see how the change led to the fail, and what "
                                        "to do instead."),
            at));
    } else {
        out.append(finding(
            QStringLiteral("lesson-no-cause"), CoachSeverity::Suggestion,
            QCoreApplication::translate("Coach", "Link the lesson to what caused it"),
            QCoreApplication::translate("Coach",
                                        "You marked \u201c%1\u201d as what caused the fail: "
                                        "say in the lesson what to do about it.")
                .arg(what),
            at));
    }
}

void checkCallToAction(const Beats &beats, QList<CoachFinding> &out)
{
    if (beats.count(Beat::CallToAction) == 0)
        return;
    const CoachLocation at = CoachLocation::inBeat(Beat::CallToAction);
    if (questionInPlainText(beats.text(Beat::CallToAction))) {
        out.append(
            finding(QStringLiteral("cta-question"), CoachSeverity::Good,
                    QCoreApplication::translate("Coach", "Your call to action asks a question"),
                    QCoreApplication::translate(
                        "Coach", "A question gives readers an easy way into the comments."),
                    at));
    } else {
        out.append(finding(QStringLiteral("cta-no-question"), CoachSeverity::Suggestion,
                           QCoreApplication::translate("Coach", "End with a question"),
                           QCoreApplication::translate(
                               "Coach",
                               "Readers answer questions: ask one and they will share their own "
                               "fails."),
                           at));
    }
}

void checkReadingTime(const Beats &beats, QList<CoachFinding> &out)
{
    int words = 0;
    for (Beat beat : AllBeats)
        words += beats.count(beat);
    const int minutes = readingMinutes(words);
    if (minutes == 0)
        return;
    out.append(finding(QStringLiteral("reading-time"), CoachSeverity::Good,
                       QCoreApplication::translate("Coach", "%n min read", nullptr, minutes),
                       QCoreApplication::translate(
                           "Coach",
                           "Knowing how long a story takes helps readers settle in and read "
                           "to the end."),
                       CoachLocation::wholeStory()));
}

} // namespace

QList<CoachFinding> coachStory(const Story &story)
{
    QList<CoachFinding> findings;
    checkTitle(story, findings);
    const Beats beats(story);
    checkBeats(beats, findings);
    checkEvidence(story, findings);
    checkAltText(story, findings);
    checkEditedMarks(story, findings);
    checkLesson(beats, findings);
    checkLessonCause(story, beats, findings);
    checkCallToAction(beats, findings);
    checkReadingTime(beats, findings);
    return findings;
}

int titleLength(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return 0;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, trimmed);
    int count = 0;
    while (graphemes.toNextBoundary() != -1)
        ++count;
    return count;
}

bool isPlaceholderAltText(const QString &alt)
{
    static const QString extensions =
        QStringLiteral("jpe?g|png|gif|webp|hei[cf]|avif|tiff?|bmp|dng|raw|cr[23]|nef|arw|orf|rw2|"
                       "mp4|mov|m4v|webm|mkv|avi|3gp");
    static const QRegularExpression cameraName = pattern(
        QStringLiteral(R"(^(?:img|dsc[nf]?|_dsc|dcim|pxl|mvimg|vid|mov|gopr|gx|gh|dji|pano|p|wp|)"
                       R"(screenshot|screen shot|whatsapp (?:image|video)|signal|photo|image|pic))"
                       R"([\s_-]*\d[\d\s_.:~()-]*)"
                       R"((?:[_.\s-]*(?:hdr|edited|edit|copy|wa\d*|mp|portrait|night|burst\d*|)"
                       R"(cover|top|at|\d+))*(?:\.(?:%1))?$)")
            .arg(extensions));
    static const QRegularExpression fileName =
        pattern(QStringLiteral(R"(^[\w\s()~.,'-]+\.(?:%1)$)").arg(extensions));
    static const QRegularExpression number = pattern(QStringLiteral(R"(^[#\d\s_.:-]+$)"));
    static const QRegularExpression placeholder = pattern(QStringLiteral(
        R"(^(?:an?\s+|the\s+|my\s+)?(?:image|img|photo|photograph|picture|pic|screenshot|)"
        R"(screen shot|untitled|alt|alt text|description|video|clip|movie|foto|thumbnail|)"
        R"(thumb)(?:[\s_#-]*\d+)?$)"));
    const QString text = alt.trimmed();
    return cameraName.match(text).hasMatch() || fileName.match(text).hasMatch() ||
        number.match(text).hasMatch() || placeholder.match(text).hasMatch();
}

bool givesAdvice(const QString &markdown)
{
    return adviceInPlainText(plainText(markdown));
}

bool asksQuestion(const QString &markdown)
{
    return questionInPlainText(plainText(markdown));
}

} // namespace Spill
