// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over the FTS5 index (created by schema migration 2).
#include "search.h"

#include "library.h"
#include "searchmarks.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Spill {

namespace {

// FTS5 sorts by rank itself and SQLite stops after LIMIT rows, so the
// columns are read for the returned hits only (a join would put a sorter in
// between and make it read them for every match). The few trashed ids are
// looked up once through an index instead of reading each matching story's
// row. The matches are marked by SearchMarker, the snippet cut by
// snippetFromHighlights().
const QString Columns = QStringLiteral("title, dish, beats, tags");

QString snippetAt(const QSqlQuery &query, int firstColumn, SearchMarker &marker)
{
    QStringList columns;
    for (int i = 0; i < 4; ++i)
        columns.append(marker.mark(query.value(firstColumn + i).toString()));
    return snippetFromHighlights(columns);
}

const QString RankedSql = QStringLiteral("SELECT rowid, rank, ") + Columns +
    QStringLiteral(" FROM story_search WHERE story_search MATCH ? "
                   "AND rowid NOT IN (SELECT id FROM stories WHERE trashed_at IS NOT NULL) "
                   "ORDER BY rank LIMIT ?");

} // namespace

QString toFtsQuery(const QString &text)
{
    const SearchTerms terms = searchTerms(text);
    if (terms.words.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &term : terms.words)
        quoted.append(u'"' + term + u'"');
    if (terms.lastIsPrefix)
        quoted.last() += u'*';
    return quoted.join(u' ');
}

std::optional<QList<SearchHit>> Library::search(const QString &text, int limit)
{
    const QString match = toFtsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    SearchMarker marker(searchTerms(text));
    if (!marker.isValid()) {
        fail(tr("cannot search for \"%1\"").arg(text), marker.error());
        return std::nullopt;
    }
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
        hit.snippet = snippetAt(ranked, 2, marker);
        hits.append(hit);
    }
    if (!Sql::rowsRead(ranked, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
    }
    ranked.finish();

    if (hits.isEmpty())
        return hits;
    // The hits' own columns in one statement, not one per hit.
    QVariantList ids;
    for (const SearchHit &hit : std::as_const(hits))
        ids.append(hit.id);
    QSqlQuery details(db);
    if (!Sql::run(details,
                  QStringLiteral("SELECT id, slug, title, dish FROM stories WHERE id IN (%1)")
                      .arg(Sql::bindMarks(ids.size())),
                  ids, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
    }
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < hits.size(); ++i)
        byId.insert(hits.at(i).id, i);
    while (details.next()) {
        const auto at = byId.constFind(details.value(0).toLongLong());
        if (at == byId.cend())
            continue;
        SearchHit &hit = hits[*at];
        hit.slug = details.value(1).toString();
        hit.title = details.value(2).toString();
        hit.dish = details.value(3).toString();
    }
    if (!Sql::rowsRead(details, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
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
    SearchMarker marker(searchTerms(text));
    if (!marker.isValid()) {
        fail(tr("cannot search for \"%1\"").arg(text), marker.error());
        return std::nullopt;
    }
    // One statement for the page: the columns are read only for the given rows.
    // The MATCH runs once over the ids' range: "rowid IN" alone would make
    // FTS5 run it again for every id (for a prefix matching every story,
    // 60 ids cost 50 ms instead of 1), so the list is a plain filter (+rowid).
    QVariantList values {match, *std::min_element(ids.cbegin(), ids.cend()),
                         *std::max_element(ids.cbegin(), ids.cend())};
    for (const qint64 id : ids)
        values.append(id);
    QSqlQuery rows(database());
    QString error;
    if (!Sql::run(rows,
                  QStringLiteral("SELECT rowid, %1 FROM story_search WHERE story_search MATCH ? "
                                 "AND rowid BETWEEN ? AND ? AND +rowid IN (%2)")
                      .arg(Columns, Sql::bindMarks(ids.size())),
                  values, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
    }
    while (rows.next())
        snippets.insert(rows.value(0).toLongLong(), snippetAt(rows, 1, marker));
    if (!Sql::rowsRead(rows, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
    }
    return snippets;
}

} // namespace Spill
