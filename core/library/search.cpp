// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over the FTS5 index (created by schema migration 2).
#include "search.h"

#include "library.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Spill {

namespace {

bool isTokenChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

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

    // First the best ids; the snippets are made only for those, since
    // snippet() in the ranked query would run for every matching story.
    QSqlQuery ranked(db);
    if (!Sql::run(ranked,
                  QStringLiteral("SELECT story_search.rowid, story_search.rank FROM story_search "
                                 "JOIN stories s ON s.id = story_search.rowid "
                                 "WHERE story_search MATCH ? AND s.trashed_at IS NULL "
                                 "ORDER BY story_search.rank LIMIT ?"),
                  {match, limit}, &error)) {
        fail(tr("cannot search for \"%1\"").arg(text), error);
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (ranked.next()) {
        SearchHit hit;
        hit.id = ranked.value(0).toLongLong();
        hit.rank = ranked.value(1).toDouble();
        hits.append(hit);
    }
    ranked.finish();

    QSqlQuery details(db);
    details.setForwardOnly(true);
    if (!details.prepare(
            QStringLiteral("SELECT s.slug, s.title, s.dish, "
                           "snippet(story_search, -1, char(2), char(3), '…', 16) FROM story_search "
                           "JOIN stories s ON s.id = story_search.rowid "
                           "WHERE story_search MATCH ? AND story_search.rowid = ?"))) {
        fail(tr("cannot search for \"%1\"").arg(text), details.lastError().text());
        return std::nullopt;
    }
    for (SearchHit &hit : hits) {
        details.addBindValue(match);
        details.addBindValue(hit.id);
        if (!details.exec()) {
            fail(tr("cannot search for \"%1\"").arg(text), details.lastError().text());
            return std::nullopt;
        }
        if (details.next()) {
            hit.slug = details.value(0).toString();
            hit.title = details.value(1).toString();
            hit.dish = details.value(2).toString();
            hit.snippet = details.value(3).toString();
        }
        details.finish();
    }
    return hits;
}

} // namespace Spill
