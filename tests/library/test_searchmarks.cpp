// SPDX-License-Identifier: GPL-3.0-or-later
// The search's own match marks against FTS5's highlight() on a real table.
#include "library/search.h"
#include "library/searchmarks.h"
#include "library/storyquery.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Spill;

namespace {

// What FTS5's highlight() makes of `text` for the typed `search`, in a
// table made with the options of the library's index; a null string when
// the row does not match.
QString highlighted(const QString &text, const QString &search)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5 (c, tokenize = "
                                          "'unicode61 remove_diacritics 2', prefix = '2 3')")));
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO t (c) VALUES (?)")));
        query.addBindValue(text);
        REQUIRE(query.exec());
        REQUIRE(query.prepare(
            QStringLiteral("SELECT highlight(t, 0, char(2), char(3)) FROM t WHERE t MATCH ?")));
        query.addBindValue(toFtsQuery(search));
        REQUIRE(query.exec());
        if (query.next())
            result = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString marked(const QString &text, const QString &search)
{
    SearchMarker marker(searchTerms(search));
    REQUIRE(marker.isValid());
    return marker.mark(text);
}

} // namespace

TEST_CASE("search marks: a match is marked where FTS5's highlight() marks it")
{
    struct Case
    {
        const char *text;
        const char *search;
    };
    // clang-format off
    const Case cases[] = {
        {"The oven was too hot and the crust burnt.", "burnt"},
        {"The oven was too hot and the crust burnt.", "oven burnt "},
        {"BURNT, Burnt, bUrNt: burnt!", "burnt "},
        {"Le Soufflé s'est effondré", "souffle"},
        {"Le Souffle\u0301 s'est effondre\u0301", "soufflé effondré"},
        {"Crème brûlée with a cracked top", "creme BRULEE "},
        {"Crème brûlée with a cracked top", "brû"},
        {"Soufflés, souffles and a soufflé", "sou"},
        {"Ænd Øre Ångström Łódź straße STRASSE", "łodz"},
        {"Ænd Øre Ångström Łódź straße STRASSE", "angstrom "},
        {"Ænd Øre Ångström Łódź straße STRASSE", "strasse"},
        {"Ἀθῆναι αθηναι ΑΘΗΝΑΙ", "αθηναι"},
        {"Привет, ПРИВЕТ мир", "привет"},
        {"東京の寿司 and 東京", "東京"},
        {"egg-white; egg_yolk; eggs; (egg) 'egg'", "egg "},
        {"egg-white; egg_yolk; eggs; (egg) 'egg'", "egg"},
        {"a 🍰 cake 🍰cake cake🍰", "cake "},
        {"3.14 pies, 2024 tarts, 12:30", "2024 "},
        {"don't won’t can't", "don"},
        {"sugar sugar sugar", "sugar sugar "},
        {"x\u0301yz x yz", "x"},
        {"end", "end"},
        // Letters newer than unicode61's tables: one typed word, a phrase to FTS5.
        {"xa\u0870b ab a b a\u0870b", "a\u0870b "},
        {"नमस्ते नमस्ते", "नमस"},
    };
    // clang-format on
    for (const Case &c : cases) {
        const QString text = QString::fromUtf8(c.text);
        const QString search = QString::fromUtf8(c.search);
        INFO(text.toStdString() << " / " << search.toStdString());
        const QString expected = highlighted(text, search);
        REQUIRE(!expected.isNull());
        CHECK(marked(text, search) == expected);
    }
}

TEST_CASE("search marks: text without a match is left as it is")
{
    CHECK(marked(QStringLiteral("The oven was cold."), QStringLiteral("burnt")) ==
          QStringLiteral("The oven was cold."));
    CHECK(marked(QString(), QStringLiteral("burnt")).isEmpty());
    CHECK(marked(QStringLiteral("burnt"), QStringLiteral("🍰")) == QStringLiteral("burnt"));
    // Not a prefix when the typed text ends after the word.
    CHECK(marked(QStringLiteral("burnt"), QStringLiteral("burn ")) == QStringLiteral("burnt"));
}

TEST_CASE("search marks: a beat repeating the word costs work in proportion to its size")
{
    // highlight() copied its output again for every match: quadratic.
    const auto workFor = [](int repeats) {
        SearchMarker marker(searchTerms(QStringLiteral("burnt")));
        REQUIRE(marker.isValid());
        const QString marks = marker.mark(QStringLiteral("burnt ").repeated(repeats));
        CHECK(marks.count(SearchMatchStart) == repeats);
        return marker.work();
    };
    const qint64 small = workFor(4000);
    const qint64 large = workFor(64000);
    CHECK(small > 0);
    CHECK(large <= small * 16 + 16);
}

TEST_CASE("search marks: the snippet always holds the matched word")
{
    // A match anywhere in a long beat, alone or at the end of the text:
    // the snippet never stops just before it.
    for (int count : {1, 15, 16, 17, 40}) {
        for (int at = 0; at < count; ++at) {
            QStringList words;
            for (int i = 0; i < count; ++i)
                words.append(QStringLiteral("word%1").arg(i));
            words[at] = QStringLiteral("Brûlée");
            const QString beat = words.join(u' ') + u'.';
            for (const QString &search : {QStringLiteral("brulee"), QStringLiteral("BRÛ")}) {
                SearchMarker marker(searchTerms(search));
                const QString snippet = snippetFromHighlights(
                    {marker.mark(QStringLiteral("Dessert")), QString(), marker.mark(beat)});
                INFO(count << " words, match at " << at << ": " << snippet.toStdString());
                CHECK(snippet.contains(QString(SearchMatchStart) + QStringLiteral("Brûlée") +
                                       SearchMatchEnd));
                if (at + 1 < count)
                    CHECK(snippet.contains(QStringLiteral("word%1").arg(at + 1)));
            }
        }
    }
}
