// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "writing/foodwords.h"
#include "writing/spellchecker.h"
#include "writing/spellwords.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Spill;

namespace {

QStringList misspeltWords(const QList<Misspelling> &misspellings)
{
    QStringList words;
    for (const Misspelling &m : misspellings)
        words.append(m.word);
    return words;
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const WordRange &range : checkableWords(text, markdownSpans(text)))
        words.append(text.mid(range.start, range.length));
    return words;
}

} // namespace

TEST_CASE("spell words: what is prose and what is not")
{
    SECTION("nominal: apostrophes inside words, hyphens between them")
    {
        CHECK(wordsOf(QStringLiteral("Don't stir the cook’s half-set 'custard'.")) ==
              QStringList {QStringLiteral("Don't"), QStringLiteral("stir"), QStringLiteral("the"),
                           QStringLiteral("cook’s"), QStringLiteral("half"), QStringLiteral("set"),
                           QStringLiteral("custard")});
    }

    SECTION("nominal: URLs, e-mail addresses, code, HTML and numbers are skipped")
    {
        const QString text = QStringLiteral(
            "See [the recpie](https://exampel.org/recpie) or https://bad.spelng/x, "
            "mail kook@exampel.org, `recieve()` <span>wrods</span> at 220°C for 2nd 3.5kg\n\n"
            "```\nrecieve\n```\n");
        CHECK(wordsOf(text) ==
              QStringList {QStringLiteral("See"), QStringLiteral("the"), QStringLiteral("recpie"),
                           QStringLiteral("or"), QStringLiteral("mail"), QStringLiteral("wrods"),
                           QStringLiteral("at"), QStringLiteral("for")});
    }

    SECTION("nominal: offsets count UTF-16 units past emoji and accents")
    {
        const QString text = QStringLiteral("🍰 Crème brûlée");
        const auto words = checkableWords(text, {});
        REQUIRE(words.size() == 2);
        CHECK(words[0] == WordRange {3, 5});
        CHECK(words[1] == WordRange {9, 6});
    }

    SECTION("nominal: typographic apostrophes are normalised")
    {
        CHECK(normalizedWord(QStringLiteral("don’t")) == QStringLiteral("don't"));
    }
}

TEST_CASE("spell checker: English and German dictionaries")
{
    SECTION("nominal: finds recieve, not receive, at the right place")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        REQUIRE(checker.isAvailable());
        CHECK(checker.statusMessage().isEmpty());
        const QString text = QStringLiteral("I will recieve the **receive** parcel, don’t worry.");
        const auto misspellings = checker.check(text);
        REQUIRE(misspellings.size() == 1);
        CHECK(misspellings[0] == Misspelling {7, 7, QStringLiteral("recieve")});
        CHECK(checker.isCorrect(QStringLiteral("receive")));
        CHECK_FALSE(checker.isCorrect(QStringLiteral("recieve")));
        CHECK(checker.isCorrect(QStringLiteral("don’t")));
        CHECK(checker.isCorrect(QStringLiteral("don't")));
    }

    SECTION("nominal: skips link targets, URLs and code but checks link text")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        const QString text = QStringLiteral(
            "[A soufle](https://exampel.org/soufle) at www.exampel.org, `recieve` and\n\n"
            "    recieve\n\nmail kook@exampel.org");
        CHECK(misspeltWords(checker.check(text)) == QStringList {QStringLiteral("soufle")});
    }

    SECTION("nominal: suggestions contain the right word")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        CHECK(checker.suggestions(QStringLiteral("recieve")).contains(QStringLiteral("receive")));
        CHECK(checker.suggestions(QStringLiteral("recieve"), 1).size() == 1);
    }

    SECTION("nominal: German words with umlauts")
    {
        SpellChecker checker(QStringLiteral("de-DE"));
        REQUIRE(checker.isAvailable());
        CHECK(checker.language() == QStringLiteral("de_DE"));
        const QString text = QStringLiteral("Die Küche roch nach Kühce.");
        CHECK(checker.check(text) == QList<Misspelling> {{20, 5, QStringLiteral("Kühce")}});
        CHECK(checker.suggestions(QStringLiteral("Kühce")).contains(QStringLiteral("Küche")));
    }

    SECTION("nominal: the installed languages are listed and the default is one of them")
    {
        const QStringList languages = SpellChecker::availableLanguages();
        CHECK(languages.contains(QStringLiteral("en_US")));
        CHECK(languages.contains(QStringLiteral("de_DE")));
        CHECK(languages.contains(SpellChecker::defaultLanguage()));
        CHECK(SpellChecker().isAvailable());
    }

    SECTION("robustness: a missing language is unavailable with a quiet message")
    {
        SpellChecker checker(QStringLiteral("xx_XX"));
        CHECK_FALSE(checker.isAvailable());
        CHECK(checker.statusMessage().contains(QStringLiteral("xx_XX")));
        CHECK(checker.check(QStringLiteral("recieve wrods")).isEmpty());
        CHECK(checker.suggestions(QStringLiteral("recieve")).isEmpty());

        SpellChecker hostile(QStringLiteral("../../etc/passwd"));
        CHECK_FALSE(hostile.isAvailable());
        CHECK_FALSE(hostile.statusMessage().isEmpty());
    }

    SECTION("nominal: switching language rechecks with the new dictionary")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        QSignalSpy changed(&checker, &SpellChecker::changed);
        CHECK_FALSE(checker.isCorrect(QStringLiteral("Küche")));
        CHECK(checker.setLanguage(QStringLiteral("de_DE")));
        CHECK(checker.isCorrect(QStringLiteral("Küche")));
        CHECK(changed.count() == 1);
    }
}

TEST_CASE("spell checker: the personal dictionary")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("words/personal.txt"));

    SECTION("nominal: added words are accepted and persist across checkers")
    {
        {
            SpellChecker checker(QStringLiteral("en_US"));
            REQUIRE(checker.setPersonalDictionaryPath(path));
            CHECK(misspeltWords(checker.check(QStringLiteral("Add the ganachey."))) ==
                  QStringList {QStringLiteral("ganachey")});
            QSignalSpy changed(&checker, &SpellChecker::changed);
            REQUIRE(checker.addToDictionary(QStringLiteral("ganachey")));
            // Accepted at once; the file is written on the dictionaries' thread.
            CHECK(changed.count() == 1);
            CHECK(checker.check(QStringLiteral("Add the ganachey.")).isEmpty());
        }
        PersonalDictionary::waitForFileChanges();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("ganachey\n"));

        SpellChecker again(QStringLiteral("en_US"));
        REQUIRE(again.setPersonalDictionaryPath(path));
        CHECK(again.personalWords() == QStringList {QStringLiteral("ganachey")});
        CHECK(again.isCorrect(QStringLiteral("ganachey")));
        CHECK(again.isCorrect(QStringLiteral("Ganachey")));
        REQUIRE(again.addToDictionary(QStringLiteral("Spillmeister")));
        CHECK(again.isCorrect(QStringLiteral("Spillmeister")));
        CHECK_FALSE(again.isCorrect(QStringLiteral("spillmeister")));
        PersonalDictionary::waitForFileChanges();
    }

    SECTION("nominal: a removed word is flagged again, and gone from the file")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        REQUIRE(checker.setPersonalDictionaryPath(path));
        REQUIRE(checker.addToDictionary(QStringLiteral("ganachey")));
        REQUIRE(checker.addToDictionary(QStringLiteral("mirepoixed")));
        QSignalSpy changed(&checker, &SpellChecker::changed);
        REQUIRE(checker.removeFromDictionary(QStringLiteral("ganachey")));
        CHECK(changed.count() == 1);
        CHECK_FALSE(checker.isCorrect(QStringLiteral("ganachey")));
        CHECK(checker.isCorrect(QStringLiteral("mirepoixed")));
        PersonalDictionary::waitForFileChanges();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("mirepoixed\n"));
        // A word that is not there is no error.
        CHECK(checker.removeFromDictionary(QStringLiteral("ganachey")));
    }

    SECTION("nominal: a file changed elsewhere is read again on request")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        REQUIRE(checker.setPersonalDictionaryPath(path));
        CHECK_FALSE(checker.isCorrect(QStringLiteral("ganachey")));
        PersonalDictionary elsewhere;
        REQUIRE(elsewhere.load(path));
        REQUIRE(elsewhere.add(QStringLiteral("ganachey")));
        CHECK_FALSE(checker.isCorrect(QStringLiteral("ganachey")));
        REQUIRE(checker.reloadPersonalDictionary());
        CHECK(checker.isCorrect(QStringLiteral("ganachey")));
        REQUIRE(elsewhere.remove(QStringLiteral("ganachey")));
        REQUIRE(checker.reloadPersonalDictionary());
        CHECK_FALSE(checker.isCorrect(QStringLiteral("ganachey")));
    }

    SECTION("robustness: an unwritable dictionary file reports the file and keeps working")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QFile blocker(blocked);
        REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where a folder should be
        blocker.close();
        REQUIRE(checker.setPersonalDictionaryPath(blocked + QStringLiteral("/personal.txt")));
        QSignalSpy notSaved(&checker, &SpellChecker::dictionaryNotSaved);
        REQUIRE(checker.addToDictionary(QStringLiteral("ganachey")));
        // Accepted until the write fails, then flagged again, with the file named.
        CHECK(checker.isCorrect(QStringLiteral("ganachey")));
        REQUIRE(notSaved.wait(10000));
        CHECK(notSaved.at(0).at(0).toString().contains(QStringLiteral("personal.txt")));
        CHECK(checker.errorString().contains(QStringLiteral("personal.txt")));
        CHECK_FALSE(checker.isCorrect(QStringLiteral("ganachey")));
        CHECK(checker.personalWords().isEmpty());
    }

    SECTION("nominal: changes asked in a row all reach the file, in order")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        REQUIRE(checker.setPersonalDictionaryPath(path));
        SpellChecker other(QStringLiteral("en_US"));
        REQUIRE(other.setPersonalDictionaryPath(path));
        const QStringList words {QStringLiteral("ganachey"), QStringLiteral("mirepoixed"),
                                 QStringLiteral("roux-ish"), QStringLiteral("spatchcocked")};
        for (const QString &word : words)
            REQUIRE((word.size() % 2 ? other : checker).addToDictionary(word));
        REQUIRE(checker.removeFromDictionary(QStringLiteral("mirepoixed")));
        PersonalDictionary::waitForFileChanges();
        PersonalDictionary onDisk;
        REQUIRE(onDisk.load(path));
        CHECK(onDisk.words() ==
              QStringList {QStringLiteral("ganachey"), QStringLiteral("roux-ish"),
                           QStringLiteral("spatchcocked")});
    }
}

namespace {

// The words of a list file: one per line, '#' starts a comment.
QStringList listedWords(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            words << word;
    }
    return words;
}

// Checks that the language's spell check flags at most 2% of the words of the
// culinary list tests/data/culinary/<prefix><language code>.txt, naming those it flags.
void checkCulinaryList(const QString &language, const QString &prefix)
{
    const QString name = prefix + language.left(2) + QStringLiteral(".txt");
    INFO(name.toStdString());
    SpellChecker checker(language);
    REQUIRE(checker.isAvailable());
    const QStringList words = listedWords(QStringLiteral(SPILL_TEST_DATA_DIR "/culinary/") + name);
    REQUIRE(words.size() >= 100);
    QStringList flagged;
    for (const QString &word : words) {
        if (!checker.isCorrect(word))
            flagged << word;
    }
    INFO("flagged: " << flagged.join(QStringLiteral(", ")).toStdString());
    // At most 2% of the words of the list.
    CHECK(flagged.size() * 50 <= words.size());
}

} // namespace

TEST_CASE("spell checker: a food creator's words are not flagged")
{
    for (const QString &language : {QStringLiteral("en_US"), QStringLiteral("de_DE")})
        checkCulinaryList(language, QString());

    SECTION("nominal: a held-out list, written after the shipped lists, is not flagged either")
    {
        // Never used to extend resources/foodwords/, so it measures words nobody listed.
        for (const QString &language : {QStringLiteral("en_US"), QStringLiteral("de_DE")})
            checkCulinaryList(language, QStringLiteral("heldout-"));
    }

    SECTION("nominal: the words a US dictionary underlined are accepted, typos still flagged")
    {
        SpellChecker checker(QStringLiteral("en_US"));
        for (const QString &word :
             {QStringLiteral("soufflé"), QStringLiteral("Gruyère"), QStringLiteral("centre"),
              QStringLiteral("béchamel"), QStringLiteral("gochujang")})
            CHECK(checker.isCorrect(word));
        CHECK_FALSE(checker.isCorrect(QStringLiteral("soufle")));
        CHECK_FALSE(checker.isCorrect(QStringLiteral("gochujnag")));
    }

    SECTION("nominal: each language has its own list")
    {
        CHECK(foodWords(QStringLiteral("en_US")).contains(QStringLiteral("gochujang")));
        CHECK(foodWords(QStringLiteral("de-DE")).contains(QStringLiteral("soufflé")));
        CHECK_FALSE(foodWords(QStringLiteral("de_DE")).contains(QStringLiteral("centre")));
        CHECK(foodWords(QStringLiteral("fr_FR")).isEmpty());
    }
}
