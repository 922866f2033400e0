// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/search.h"
#include "librarytestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Spill;
using namespace Spill::Test;

namespace {

QList<qint64> ids(const std::optional<QList<SearchHit>> &hits)
{
    QList<qint64> list;
    if (hits) {
        for (const SearchHit &hit : *hits)
            list.append(hit.id);
    }
    return list;
}

Story plainStory(const QString &title, const QString &dish, const QString &wentWrong,
                 const QStringList &tags = {})
{
    Story story;
    story.title = title;
    story.dish = dish;
    story.beat(Beat::WentWrong) = wentWrong;
    story.tags = tags;
    return story;
}

} // namespace

TEST_CASE("search: turning typed text into a safe query")
{
    SECTION("nominal: words are quoted, the last one is a prefix")
    {
        CHECK(toFtsQuery(QStringLiteral("burnt sou")) == QStringLiteral("\"burnt\" \"sou\"*"));
        CHECK(toFtsQuery(QStringLiteral("burnt ")) == QStringLiteral("\"burnt\""));
        CHECK(toFtsQuery(QStringLiteral("Crème-brûlée")) ==
              QStringLiteral("\"Crème\" \"brûlée\"*"));
    }

    SECTION("robustness: FTS5 syntax becomes plain words or nothing")
    {
        CHECK(toFtsQuery(QStringLiteral("\"")).isEmpty());
        CHECK(toFtsQuery(QStringLiteral("AND (")) == QStringLiteral("\"AND\""));
        CHECK(toFtsQuery(QStringLiteral("title:x* NEAR(a b)")) ==
              QStringLiteral("\"title\" \"x\" \"NEAR\" \"a\" \"b\""));
        CHECK(toFtsQuery(QStringLiteral("🍰 ^-*")).isEmpty());
    }
}

TEST_CASE("search: finding stories")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    const qint64 souffle = library->createStory(
        plainStory(QStringLiteral("The Soufflé That Wasn't"), QStringLiteral("Cheese soufflé"),
                   QStringLiteral("It sank when I opened the oven."), {QStringLiteral("baking")}));
    const qint64 custard = library->createStory(
        plainStory(QStringLiteral("Custard, split"), QStringLiteral("Vanilla custard"),
                   QStringLiteral("Too much heat; next time a soufflé instead?"),
                   {QStringLiteral("dessert")}));
    const qint64 bread = library->createStory(
        plainStory(QStringLiteral("Brick bread"), QStringLiteral("Sourdough"),
                   QStringLiteral("The oven was cold and the loaf stayed flat."),
                   {QStringLiteral("baking"), QStringLiteral("gluten-free")}));

    SECTION("nominal: accents and case are folded both ways")
    {
        CHECK(ids(library->search(QStringLiteral("SOUFFLE "))).contains(souffle));
        CHECK(ids(library->search(QStringLiteral("soufflé "))).contains(souffle));
        CHECK(ids(library->search(QStringLiteral("Sourdough "))) == QList<qint64> {bread});
    }

    SECTION("nominal: the title weighs more than the text")
    {
        CHECK(ids(library->search(QStringLiteral("souffle"))) == QList<qint64> {souffle, custard});
    }

    SECTION("nominal: the last word matches as a prefix while typing")
    {
        CHECK(ids(library->search(QStringLiteral("sour"))) == QList<qint64> {bread});
        CHECK(ids(library->search(QStringLiteral("s"))).size() == 3);
        CHECK(ids(library->search(QStringLiteral("oven co"))) == QList<qint64> {bread});
        CHECK(library->search(QStringLiteral("sour "))->isEmpty());
    }

    SECTION("nominal: tags and every beat are searched, all words required")
    {
        CHECK(ids(library->search(QStringLiteral("dessert"))) == QList<qint64> {custard});
        CHECK(ids(library->search(QStringLiteral("gluten free"))) == QList<qint64> {bread});
        CHECK(ids(library->search(QStringLiteral("baking oven flat"))) == QList<qint64> {bread});
    }

    SECTION("nominal: the snippet marks the match and keeps the text raw")
    {
        const auto hits = library->search(QStringLiteral("loaf"));
        REQUIRE(hits);
        REQUIRE(hits->size() == 1);
        const SearchHit &hit = hits->first();
        CHECK(hit.title == QStringLiteral("Brick bread"));
        CHECK(hit.slug == QStringLiteral("brick-bread"));
        CHECK(hit.snippet.contains(QString(SearchMatchStart) + QStringLiteral("loaf") +
                                   QString(SearchMatchEnd)));
        CHECK(hit.snippet.contains(QStringLiteral("The oven was cold")));
    }

    SECTION("nominal: the index follows saves and the trash")
    {
        Story story = *library->story(bread);
        story.dish = QStringLiteral("Rye loaf");
        REQUIRE(library->saveStory(story));
        CHECK(library->search(QStringLiteral("sourdough"))->isEmpty());
        CHECK(ids(library->search(QStringLiteral("rye"))) == QList<qint64> {bread});
        REQUIRE(library->moveToTrash(bread));
        CHECK(library->search(QStringLiteral("rye"))->isEmpty());
        REQUIRE(library->restoreFromTrash(bread));
        CHECK(ids(library->search(QStringLiteral("rye"))) == QList<qint64> {bread});
        REQUIRE(library->moveToTrash(bread));
        REQUIRE(library->emptyTrash());
        CHECK(library->search(QStringLiteral("rye"))->isEmpty());
        CHECK(library->check().ok);
    }

    SECTION("robustness: any typed text is answered without an error")
    {
        const QStringList hostile = {QStringLiteral("\""),         QStringLiteral("AND ("),
                                     QStringLiteral("NOT"),        QStringLiteral("*"),
                                     QStringLiteral("a OR"),       QStringLiteral("title:"),
                                     QStringLiteral("^souffle"),   QStringLiteral("NEAR(\"x\""),
                                     QStringLiteral("'; DROP --"), QString(),
                                     QStringLiteral("עוגה 🍰"),     QStringLiteral("\\")};
        for (const QString &text : hostile) {
            INFO(text.toStdString());
            CHECK(library->search(text).has_value());
        }
        CHECK(ids(library->search(QStringLiteral("^souffle"))) == QList<qint64> {souffle, custard});
        CHECK(library->search(QStringLiteral("x"), 0)->isEmpty());
    }
}

TEST_CASE("search: snippets cut from highlighted text")
{
    const QString s = QString(SearchMatchStart);
    const QString e = QString(SearchMatchEnd);
    const auto mark = [&](const QString &word) -> QString { return s + word + e; };

    SECTION("nominal: a short column is shown whole, the column with the match is chosen")
    {
        CHECK(snippetFromHighlights(
                  {QStringLiteral("Brick bread"), QString(),
                   QStringLiteral("The oven was cold. ") + mark("Loaf") + QStringLiteral(" flat."),
                   QString()}) ==
              QStringLiteral("The oven was cold. ") + mark("Loaf") + QStringLiteral(" flat."));
    }

    SECTION("nominal: a long column is cut to the window holding the most matched words")
    {
        QStringList words;
        for (int i = 0; i < 40; ++i)
            words.append(QStringLiteral("w%1").arg(i));
        words[30] = mark(QStringLiteral("egg"));
        words[32] = mark(QStringLiteral("yolk"));
        words[5] = mark(QStringLiteral("egg"));
        const QString snippet = snippetFromHighlights({words.join(u' ')}, 8);
        CHECK(snippet.startsWith(QChar(0x2026)));
        CHECK(snippet.endsWith(QChar(0x2026)));
        CHECK(snippet.contains(mark(QStringLiteral("egg")) + QStringLiteral(" w31 ") +
                               mark(QStringLiteral("yolk"))));
        // Eight words, the matches in the middle.
        QString plain = snippet;
        plain.remove(s).remove(e).remove(QChar(0x2026));
        CHECK(plain.split(u' ', Qt::SkipEmptyParts) ==
              QStringList {QStringLiteral("w28"), QStringLiteral("w29"), QStringLiteral("egg"),
                           QStringLiteral("w31"), QStringLiteral("yolk"), QStringLiteral("w33"),
                           QStringLiteral("w34"), QStringLiteral("w35")});
    }

    SECTION("robustness: a beat repeating the word 100,000 times gives a short snippet")
    {
        QString beat;
        for (int i = 0; i < 100000; ++i)
            beat += mark(QStringLiteral("burnt")) + u' ';
        const QString snippet = snippetFromHighlights({QString(), QString(), beat});
        CHECK(snippet.count(SearchMatchStart) == 16);
        CHECK(snippet.endsWith(QChar(0x2026)));
    }
}

TEST_CASE("search: a story repeating the searched word is found with a snippet")
{
    QTemporaryDir dir;
    auto library = openLibrary(dir.path());
    QString beat;
    for (int i = 0; i < 20000; ++i)
        beat += QStringLiteral("burnt ");
    const qint64 id = library->createStory(plainStory(QStringLiteral("Ash"), {}, beat));
    REQUIRE(id != 0);
    const auto hits = library->search(QStringLiteral("burnt"));
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().snippet.count(SearchMatchStart) == 16);
    const auto snippets = library->searchSnippets(QStringLiteral("burnt"), {id});
    REQUIRE(snippets);
    CHECK(snippets->value(id) == hits->first().snippet);
}
