// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Spill {

// The BCP 47 tag of a post in `language` (a story's spelling language such
// as "de_DE", or a tag): the tag when it is well formed, else "en".
QString postLanguageTag(const QString &language);

// The words Spill adds to a post (headings, labels, dates), in the post's
// language rather than the interface's: a German story exported from an
// English desktop reads in German. Spill's own translation for that
// language is used when there is one, English otherwise. Cheap to copy;
// safe to use from several threads at once.
class PostWords
{
public:
    // `language` is a BCP 47 tag ("de-DE") or a locale name ("de_DE").
    explicit PostWords(const QString &language = QStringLiteral("en"));

    // What readers see above a beat: the story's own text, the default
    // heading in this language, or nothing when the creator hid it.
    QString heading(const Story &story, Beat beat) const;
    QString defaultHeading(Beat beat) const;
    QStringList headingSuggestions(Beat beat) const;

    // A date as readers of this language write it, without the weekday:
    // "December 3, 2026", "3. Dezember 2026".
    QString date(const QDate &date) const;
    // A clock time as readers of this language write it ("6:42 PM",
    // "18:42"), with the short date before it when `withDate`.
    QString clockTime(const QDateTime &time, bool withDate) const;

    // "colour, crop and light": a list as this language writes one.
    QString separatedList(const QStringList &items) const;

    QString notWrittenYet() const;
    QString tip() const;
    QString commentInvitation() const;
    QString dish() const;
    QString outcomeBadge() const;
    QString outcome(Outcome outcome) const;
    QString failureKind(FailureKind kind) const;
    QString recipe() const;
    QString intended() const;
    QString actual() const;
    QString video() const;
    QString clipTooLarge() const;

    // Any other text marked with QT_TRANSLATE_NOOP("Export", ...).
    QString text(const char *source) const;
    QString translate(const char *context, const char *source) const;

private:
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; // null: English
};

} // namespace Spill
