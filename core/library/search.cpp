// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over the FTS5 index (created by schema migration 2).
#include "search.h"

#include "library.h"
#include "sqlsupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace Spill {

namespace {

bool isTokenChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// FTS5 sorts by rank itself and SQLite stops after LIMIT rows, so snippet()
// runs for the returned hits only (a join would put a sorter in between and
// make it run for every match). The few trashed ids are looked up once
// through an index instead of reading each matching story's row.
// The snippet is cut from highlight() (see snippetFromHighlights()).
const QString Highlights = QStringLiteral(
    "highlight(story_search, 0, char(2), char(3)), highlight(story_search, 1, char(2), char(3)), "
    "highlight(story_search, 2, char(2), char(3)), highlight(story_search, 3, char(2), char(3))");

QString snippetAt(const QSqlQuery &query, int firstColumn)
{
    QStringList columns;
    for (int i = 0; i < 4; ++i)
        columns.append(query.value(firstColumn + i).toString());
    return snippetFromHighlights(columns);
}

const QString RankedSql = QStringLiteral("SELECT rowid, rank, ") + Highlights +
    QStringLiteral(" FROM story_search WHERE story_search MATCH ? "
                   "AND rowid NOT IN (SELECT id FROM stories WHERE trashed_at IS NOT NULL) "
                   "ORDER BY rank LIMIT ?");

} // namespace

QString toFtsQuery(const QString &text)
{
    QStringList terms;
    QString current;
    bool endsInWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isTokenChar(c)) {
            current += text.mid(i, width);
            endsInWord = true;
        } else {
            if (!current.isEmpty())
                terms.append(current);
            current.clear();
            endsInWord = false;
        }
        i += width - 1;
    }
    if (!current.isEmpty())
        terms.append(current);
    if (terms.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &term : terms)
        quoted.append(u'"' + term + u'"');
    if (endsInWord)
        quoted.last() += u'*';
    return quoted.join(u' ');
}

std::optional<QList<SearchHit>> Library::search(const QString &text, int limit)
{
    const QString match = toFtsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    QSqlDatabase db = database();
    QString error;

    QSqlQuery ranked(db);
    if (!Sql::run(ranked, RankedSql, {match, limit}, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (ranked.next()) {
        SearchHit hit;
        hit.id = ranked.value(0).toLongLong();
        hit.rank = ranked.value(1).toDouble();
        hit.snippet = snippetAt(ranked, 2);
        hits.append(hit);
    }
    ranked.finish();

    QSqlQuery details(db);
    for (SearchHit &hit : hits) {
        if (!Sql::run(details, QStringLiteral("SELECT slug, title, dish FROM stories WHERE id = ?"),
                      {hit.id}, &error)) {
            fail(tr("cannot search for \"%1\"").arg(text), error);
            return std::nullopt;
        }
        if (details.next()) {
            hit.slug = details.value(0).toString();
            hit.title = details.value(1).toString();
            hit.dish = details.value(2).toString();
        }
        details.finish();
    }
    return hits;
}

std::optional<QHash<qint64, QString>> Library::searchSnippets(const QString &text,
                                                              const QList<qint64> &ids)
{
    QHash<qint64, QString> snippets;
    const QString match = toFtsQuery(text);
    if (match.isEmpty() || ids.isEmpty())
        return snippets;
    // One statement for the page: snippet() runs only for the given rows.
    // The MATCH runs once over the ids' range: "rowid IN" alone would make
    // FTS5 run it again for every id (for a prefix matching every story,
    // 60 ids cost 50 ms instead of 1), so the list is a plain filter (+rowid).
    QStringList marks;
    QVariantList values {match, *std::min_element(ids.cbegin(), ids.cend()),
                         *std::max_element(ids.cbegin(), ids.cend())};
    for (const qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(rows,
                  QStringLiteral("SELECT rowid, %1 FROM story_search WHERE story_search MATCH ? "
                                 "AND rowid BETWEEN ? AND ? AND +rowid IN (%2)")
                      .arg(Highlights, marks.join(u',')),
                  values, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
    }
    while (rows.next())
        snippets.insert(rows.value(0).toLongLong(), snippetAt(rows, 1));
    return snippets;
}

} // namespace Spill
