// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writing/markdownspans.h"
#include "writing/personaldictionary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace nuspell {
inline namespace v5 {
class Dictionary;
}
} // namespace nuspell

namespace Spill {

struct Misspelling
{
    int start = 0; // UTF-16 offset into the checked text
    int length = 0;
    QString word;

    int end() const { return start + length; }
    bool operator==(const Misspelling &other) const = default;
};

// Spell checking of Markdown prose with nuspell and the system's Hunspell
// dictionaries (/usr/share/hunspell and the other usual folders). One
// checker serves all the beat editors of a story; use it on one thread.
// Loading a dictionary takes tens of milliseconds the first time; checkers
// of the same language share the loaded dictionary.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    // Loads defaultLanguage().
    explicit SpellChecker(QObject *parent = nullptr);
    // Loads `language`, e.g. "en_US" or "de_DE" ("de-DE" works too).
    explicit SpellChecker(const QString &language, QObject *parent = nullptr);
    ~SpellChecker() override;

    // Languages with an installed dictionary, e.g. {"de_DE", "en_US"}.
    static QStringList availableLanguages();
    // The system's language if a dictionary exists for it, else another
    // dictionary of the same language (de_AT -> de_DE), else en_US.
    static QString defaultLanguage();
    // A dictionary's language in its own words, with its country:
    // "de_DE" gives "Deutsch (Deutschland)"; the code itself when Qt has
    // no name for it.
    static QString languageName(const QString &code);

    // Switches language; returns isAvailable(). Emits changed().
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

    // False when no dictionary could be loaded: check() then finds nothing
    // and statusMessage() says why, in words for the creator.
    bool isAvailable() const { return m_dictionary != nullptr; }
    QString statusMessage() const { return m_status; }

    // Reads the personal dictionary (one word per line). A missing file is
    // fine; an unreadable one returns false and sets errorString().
    bool setPersonalDictionaryPath(const QString &path);
    QString personalDictionaryPath() const { return m_personal.path(); }
    // Accepts the word from now on and saves it on the personal
    // dictionaries' writer thread (PersonalDictionary::changeFile()); false
    // only for a word that cannot be kept (empty, several lines). If the
    // file cannot be written, the word is flagged again, errorString() names
    // the file and dictionaryNotSaved() is emitted. Emits changed().
    bool addToDictionary(const QString &word);
    // Flags the word again and saves it the same way; a failed write
    // accepts the word again. A word that is not there is no error.
    bool removeFromDictionary(const QString &word);
    // Reads the personal dictionary's file again (another window edited
    // it). Emits changed().
    bool reloadPersonalDictionary();
    QStringList personalWords() const { return m_personal.words(); }
    QString errorString() const { return m_error; }

    // True for a correctly spelt word (or when no dictionary is loaded).
    bool isCorrect(const QString &word) const;
    // Misspelt words of a Markdown text; link targets, URLs, e-mail
    // addresses, code, HTML and words with digits are skipped.
    QList<Misspelling> check(const QString &markdown) const;
    // The same, with the text's Markdown spans already known (the
    // highlighter passes one block and its spans).
    QList<Misspelling> check(const QString &text, const QList<MarkdownSpan> &spans) const;
    // Corrections for a word, best first; can take ~100 ms for long words.
    QStringList suggestions(const QString &word, int maximum = 8) const;

signals:
    // The language or the personal dictionary changed: check again.
    void changed();
    // A word added or removed could not be written to the personal
    // dictionary's file, and the change was undone; `error` names the file.
    void dictionaryNotSaved(const QString &error);

private:
    bool changeDictionary(const QString &word, PersonalDictionary::Edit edit);

    QString m_language;
    QString m_status;
    QString m_error;
    std::shared_ptr<const nuspell::Dictionary> m_dictionary;
    PersonalDictionary m_personal;
    QSet<QString> m_foodWords; // Spill's culinary words for the language
    mutable QHash<QString, bool> m_cache;
};

} // namespace Spill
