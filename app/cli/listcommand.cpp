// SPDX-License-Identifier: GPL-3.0-or-later
// `spill list [--json]`: the stories not in the trash, newest change first.
// Each story is printed as SQLite reads it, so a list of any length holds
// one story at a time.
#include "clicontext.h"
#include "clirunner.h"
#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <ctime>

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

// The local date (yyyy-MM-dd) of a time, remembered for the whole local day
// it falls in: a list sorted by time asks about the same day again and again,
// and each answer from the zone costs a conversion.
class LocalDates
{
public:
    QLatin1StringView dateOf(const QDateTime &time)
    {
        if (!time.isValid())
            return QLatin1StringView("-");
        const qint64 seconds = time.toSecsSinceEpoch();
        if (seconds < m_from || seconds >= m_to)
            look(seconds);
        return QLatin1StringView(m_text, m_length);
    }

private:
    static bool local(qint64 seconds, std::tm &out)
    {
        const std::time_t t = std::time_t(seconds);
        return ::localtime_r(&t, &out) != nullptr;
    }

    void look(qint64 seconds)
    {
        std::tm at {};
        m_from = seconds;
        m_to = seconds + 1;
        if (!local(seconds, at)) {
            m_length = std::snprintf(m_text, sizeof m_text, "-");
            return;
        }
        m_length = std::snprintf(m_text, sizeof m_text, "%04d-%02d-%02d", at.tm_year + 1900,
                                 at.tm_mon + 1, at.tm_mday);
        // The whole day shares the answer when the zone's offset is the same
        // at its first and last second (no change to or from summer time).
        const qint64 start = seconds - (at.tm_hour * 3600 + at.tm_min * 60 + at.tm_sec);
        std::tm first {};
        std::tm last {};
        if (local(start, first) && local(start + 86399, last) && first.tm_gmtoff == at.tm_gmtoff &&
            last.tm_gmtoff == at.tm_gmtoff && first.tm_mday == at.tm_mday &&
            last.tm_mday == at.tm_mday) {
            m_from = start;
            m_to = start + 86400;
        }
    }

    qint64 m_from = 1; // [m_from, m_to): the seconds m_text is the date of
    qint64 m_to = 0;
    char m_text[32] = {};
    int m_length = 0;
};

// `count` spaces.
void pad(QTextStream &out, qsizetype count)
{
    static constexpr char Spaces[] = "                                ";
    constexpr qsizetype Available = sizeof Spaces - 1;
    for (; count > 0; count -= Available)
        out << QLatin1StringView(Spaces, qMin(count, Available));
}

// One line per story: slug, status and updated date in columns, then the
// title, which may be any length and script, last. The slug column is as
// wide as the longest slug in the library, which SQLite finds in the slugs'
// index before the first row: stories in the trash count too, since leaving
// them out would mean reading every story's row twice.
bool printTable(const CliContext &ctx, Library &library)
{
    const std::optional<qsizetype> slugWidth = library.longestSlugLength();
    if (!slugWidth)
        return false;
    // As wide as the longest status, so columns do not move between runs.
    qsizetype statusWidth = 0;
    for (Status status : {Status::Draft, Status::Ready, Status::Published})
        statusWidth = qMax(statusWidth, statusKey(status).size());
    QTextStream &out = ctx.out();
    LocalDates dates;
    const QLatin1StringView gap("  ");
    const bool read =
        library.forEachStoryHeader(Library::HeaderColumns::Table, [&](const StorySummary &story) {
            const QString status = statusKey(story.status);
            out << story.slug;
            // SQLite counts characters, QString UTF-16 units: a slug outside
            // the BMP (slugify() never makes one) may push its line along.
            pad(out, qMax(*slugWidth - story.slug.size(), qsizetype(0)) + 2);
            out << status;
            pad(out, statusWidth - status.size() + 2);
            out << dates.dateOf(story.updated) << gap << printable(story.title) << u'\n';
        });
    out.flush();
    return read;
}

// The same text as QJsonDocument(array).toJson(Indented), one story at a
// time: each object indented one level, separated by commas.
bool printJson(const CliContext &ctx, Library &library)
{
    QTextStream &out = ctx.out();
    out << "[\n";
    bool first = true;
    const bool read =
        library.forEachStoryHeader(Library::HeaderColumns::Full, [&](const StorySummary &story) {
            // Every line of the object's own text, one level deeper.
            QString object =
                QString::fromUtf8(QJsonDocument(toJson(story)).toJson(QJsonDocument::Indented));
            object.chop(1); // its last newline
            object.replace(u'\n', QLatin1StringView("\n    "));
            if (!first)
                out << ",\n";
            first = false;
            out << "    " << object;
        });
    if (!first)
        out << '\n';
    out << "]\n";
    out.flush();
    return read;
}

} // namespace

int runList(const CliContext &ctx)
{
    const std::unique_ptr<Library> library = ctx.openForReading();
    if (!library)
        return ExitFailure;
    if (!(ctx.invocation().json ? printJson(ctx, *library) : printTable(ctx, *library))) {
        ctx.error(library->lastError());
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace Spill::Cli
