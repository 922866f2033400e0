// SPDX-License-Identifier: GPL-3.0-or-later
// `spill list [--json]`: the stories not in the trash, newest change first.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Spill::Cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const StorySummary &story)
{
    QJsonArray kinds;
    for (FailureKind kind : story.failureKinds)
        kinds.append(failureKindKey(kind));
    return QJsonObject {
        {QStringLiteral("id"), story.id},
        {QStringLiteral("slug"), story.slug},
        {QStringLiteral("title"), story.title},
        {QStringLiteral("dish"), story.dish},
        {QStringLiteral("status"), statusKey(story.status)},
        {QStringLiteral("outcome"), story.outcome ? outcomeKey(*story.outcome) : QJsonValue()},
        {QStringLiteral("failure_kinds"), kinds},
        {QStringLiteral("created"), orNull(isoDate(story.created))},
        {QStringLiteral("updated"), orNull(isoDate(story.updated))},
    };
}

// One line per story: slug, status and updated date in columns, then the
// title, which may be any length and script, last.
void printTable(QTextStream &out, const QList<StorySummary> &stories)
{
    qsizetype slugWidth = 0;
    for (const StorySummary &story : stories)
        slugWidth = qMax(slugWidth, story.slug.size());
    // As wide as the longest status, so columns do not move between runs.
    qsizetype statusWidth = 0;
    for (Status status : {Status::Draft, Status::Ready, Status::Published})
        statusWidth = qMax(statusWidth, statusKey(status).size());
    for (const StorySummary &story : stories) {
        const QString date = story.updated.isValid()
            ? story.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
            : QStringLiteral("-");
        out << story.slug.leftJustified(slugWidth) << QStringLiteral("  ")
            << statusKey(story.status).leftJustified(statusWidth) << QStringLiteral("  ")
            << date.leftJustified(10) << QStringLiteral("  ") << printable(story.title) << u'\n';
    }
    out.flush();
}

} // namespace

int runList(const CliContext &ctx)
{
    const std::unique_ptr<Library> library = ctx.openForReading();
    if (!library)
        return ExitFailure;
    const std::optional<QList<StorySummary>> listed =
        library->listStoryHeaders(ctx.invocation().json);
    if (!listed) {
        ctx.error(library->lastError());
        return ExitFailure;
    }
    const QList<StorySummary> &stories = *listed;

    if (ctx.invocation().json) {
        QJsonArray array;
        for (const StorySummary &story : stories)
            array.append(toJson(story));
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out().flush();
    } else {
        printTable(ctx.out(), stories);
    }
    return ExitSuccess;
}

} // namespace Spill::Cli
