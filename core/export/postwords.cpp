// SPDX-License-Identifier: GPL-3.0-or-later
#include "postwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

namespace Spill {

namespace {

// One translator per language for the whole process: loading one reads a
// file, and a batch export asks for the same language for every story.
std::shared_ptr<const QTranslator> translatorFor(const QLocale &locale)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QString name = locale.name();
    QMutexLocker lock(&mutex);
    if (const auto found = loaded.constFind(name); found != loaded.cend())
        return *found;
    std::shared_ptr<QTranslator> translator;
    // English is the source language: no file to look for.
    if (locale.language() != QLocale::English) {
        translator = std::make_shared<QTranslator>();
        // The translations travel inside the program (see app/CMakeLists.txt).
        if (!translator->load(locale, QStringLiteral("spill"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
            translator.reset();
    }
    loaded.insert(name, translator);
    return translator;
}

QString longDateWithoutWeekday(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // "dddd, MMMM d, yyyy" and "dddd, d. MMMM yyyy" lose the weekday and
    // what joins it to the rest.
    static const QRegularExpression weekday(QStringLiteral("\\s*dddd[,\\s]*"));
    format.remove(weekday);
    return format.trimmed();
}

} // namespace

QString postLanguageTag(const QString &language)
{
    QString tag = language;
    tag.replace(u'_', u'-');
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    return valid.match(tag).hasMatch() ? tag : QStringLiteral("en");
}

PostWords::PostWords(const QString &language)
    : m_locale(QString(language).replace(u'-', u'_'))
    , m_translator(translatorFor(m_locale))
{
}

QString PostWords::translate(const char *context, const char *source) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString PostWords::text(const char *source) const
{
    return translate("Export", source);
}

QString PostWords::heading(const Story &story, Beat beat) const
{
    const BeatHeading &heading = story.heading(beat);
    switch (heading.kind) {
    case BeatHeading::Kind::Default:
        return defaultHeading(beat);
    case BeatHeading::Kind::Hidden:
        return {};
    case BeatHeading::Kind::Text:
        break;
    }
    return heading.text.simplified();
}

QString PostWords::defaultHeading(Beat beat) const
{
    return translate(BeatHeadingContext, beatHeadingSources(beat).constFirst());
}

QStringList PostWords::headingSuggestions(Beat beat) const
{
    QStringList texts;
    for (const char *source : beatHeadingSources(beat))
        texts.append(translate(BeatHeadingContext, source));
    return texts;
}

QString PostWords::date(const QDate &date) const
{
    return m_locale.toString(date, longDateWithoutWeekday(m_locale));
}

QString PostWords::clockTime(const QDateTime &time, bool withDate) const
{
    const QString clock = m_locale.toString(time.time(), QLocale::ShortFormat);
    if (!withDate)
        return clock;
    return m_locale.toString(time.date(), QLocale::ShortFormat) + u' ' + clock;
}

QString PostWords::separatedList(const QStringList &items) const
{
    return m_locale.createSeparatedList(items);
}

QString PostWords::notWrittenYet() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Nothing written about this yet."));
}
QString PostWords::tip() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Tip"));
}
QString PostWords::commentInvitation() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Tell me in the comments."));
}
QString PostWords::dish() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Dish"));
}
QString PostWords::outcomeBadge() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Outcome"));
}
QString PostWords::outcome(Outcome outcome) const
{
    return translate("Story", outcomeSource(outcome));
}
QString PostWords::failureKind(FailureKind kind) const
{
    return translate("Story", failureKindSource(kind));
}
QString PostWords::recipe() const
{
    return text(QT_TRANSLATE_NOOP("Export", "The recipe I followed"));
}
QString PostWords::intended() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Intended"));
}
QString PostWords::actual() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Actual"));
}
QString PostWords::video() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Video"));
}
QString PostWords::clipTooLarge() const
{
    return text(QT_TRANSLATE_NOOP("Export", "Clip too large to embed."));
}

} // namespace Spill
