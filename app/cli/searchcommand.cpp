// SPDX-License-Identifier: GPL-3.0-or-later
// `spill search QUERY [--json] [--limit N]`: the library's full-text search.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Spill::Cli {

namespace {

struct SearchCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
};

// The snippet on one line, each match between `open` and `close`. The
// story's own text is made printable before the markers go in.
QString renderSnippet(const QString &snippet, const QString &open, const QString &close)
{
    QString result;
    for (const QChar c : snippet) {
        if (c == SearchMatchStart)
            result += open;
        else if (c == SearchMatchEnd)
            result += close;
        else
            result += printable(QString(c));
    }
    return result.simplified();
}

// The matched words of a snippet, in order.
QJsonArray highlights(const QString &snippet)
{
    QJsonArray words;
    qsizetype start = -1;
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        if (snippet.at(i) == SearchMatchStart) {
            start = i + 1;
        } else if (snippet.at(i) == SearchMatchEnd && start >= 0) {
            words.append(snippet.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

} // namespace

int runSearch(const CliContext &ctx)
{
    const std::unique_ptr<Library> library = ctx.openForReading();
    if (!library)
        return ExitFailure;
    const Invocation &inv = ctx.invocation();
    const std::optional<QList<SearchHit>> hits = library->search(inv.query, inv.limit);
    if (!hits) {
        ctx.error(library->lastError());
        return ExitFailure;
    }

    if (inv.json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            array.append(QJsonObject {
                {QStringLiteral("id"), hit.id},
                {QStringLiteral("slug"), hit.slug},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("dish"), hit.dish},
                {QStringLiteral("snippet"), renderSnippet(hit.snippet, {}, {})},
                {QStringLiteral("highlights"), highlights(hit.snippet)},
            });
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return ExitSuccess;
    }

    if (hits->isEmpty()) {
        ctx.error(SearchCommandText::tr("no story matches \"%1\"").arg(inv.query));
        return ExitSuccess;
    }
    // Bold on a terminal; elsewhere (a pipe, a file, NO_COLOR) brackets.
    const bool bold = ctx.decorateOutput();
    const QString open = bold ? QStringLiteral("\x1b[1m") : QStringLiteral("[");
    const QString close = bold ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
    for (const SearchHit &hit : *hits) {
        ctx.out() << hit.slug << QStringLiteral("  ") << printable(hit.title) << u'\n'
                  << QStringLiteral("    ") << renderSnippet(hit.snippet, open, close) << u'\n';
    }
    ctx.out().flush();
    return ExitSuccess;
}

} // namespace Spill::Cli
