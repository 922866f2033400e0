// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "library/librarylocation.h"
#include "media/mediapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

namespace Spill::Cli {

namespace {

struct CliContextText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

CliContext::CliContext(const Invocation &invocation, QTextStream &out, QTextStream &err)
    : m_invocation(invocation)
    , m_out(out)
    , m_err(err)
{
}

QString CliContext::libraryFolder() const
{
    if (m_invocation.libraryDir.isEmpty())
        return defaultLibraryPath();
    return QDir::cleanPath(QDir(m_invocation.libraryDir).absolutePath());
}

void CliContext::error(const QString &message) const
{
    m_err << QStringLiteral("spill %1: ").arg(commandName(m_invocation.command))
          << printable(message) << Qt::endl;
}

std::unique_ptr<Library> CliContext::openForReading() const
{
    const QString folder = libraryFolder();
    if (!QFileInfo::exists(libraryDatabasePath(folder))) {
        error(
            CliContextText::tr("there is no library at %1").arg(QDir::toNativeSeparators(folder)));
        return nullptr;
    }
    OpenResult result = Library::open(folder, OpenMode::ReadOnly);
    if (result)
        return std::move(result.library);
    // A library written by an older Spill must be upgraded before it can be
    // read, and upgrading needs the write lock. Opening for writing never
    // touches a damaged file, so trying it costs nothing else.
    OpenResult writable = Library::open(folder, OpenMode::ReadWrite, DailyBackup::Deferred);
    if (!writable) {
        error(result.error);
        return nullptr;
    }
    if (!writable.warning.isEmpty())
        error(writable.warning);
    return std::move(writable.library);
}

std::unique_ptr<Library> CliContext::openForWriting() const
{
    const QString folder = QDir::toNativeSeparators(libraryFolder());
    OpenResult result = Library::open(libraryFolder(), OpenMode::ReadWrite);
    if (!result) {
        error(result.error);
        return nullptr;
    }
    if (!result.warning.isEmpty())
        error(result.warning);
    QString refusal;
    switch (result.readOnlyReason) {
    case ReadOnlyReason::None:
        return std::move(result.library);
    case ReadOnlyReason::LockedByOther:
        refusal =
            CliContextText::tr("another Spill has the library %1 open; close it and try again. "
                               "Nothing was changed.")
                .arg(folder);
        break;
    case ReadOnlyReason::NewerSchema:
        refusal =
            CliContextText::tr("the library %1 was saved by a newer version of Spill; update Spill "
                               "to change it. Nothing was changed.")
                .arg(folder);
        break;
    case ReadOnlyReason::NotWritable:
        refusal =
            CliContextText::tr("the library folder %1 cannot be written. Nothing was changed.")
                .arg(folder);
        break;
    case ReadOnlyReason::Requested:
        refusal = result.readOnlyMessage;
        break;
    }
    error(refusal);
    return nullptr;
}

bool CliContext::decorateOutput() const
{
    if (qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    const auto *file = qobject_cast<QFileDevice *>(m_out.device());
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
}

QString commandName(Command command)
{
    switch (command) {
    case Command::Import:
        return QStringLiteral("import");
    case Command::List:
        return QStringLiteral("list");
    case Command::Search:
        return QStringLiteral("search");
    case Command::Export:
        return QStringLiteral("export");
    case Command::Publish:
        return QStringLiteral("publish");
    case Command::Check:
        return QStringLiteral("check");
    case Command::Gui:
    case Command::Help:
    case Command::Version:
    case Command::Complete:
    case Command::ManPage:
        break;
    }
    return {};
}

std::optional<QList<Story>> selectedStories(const CliContext &ctx, Library &library)
{
    QList<Story> stories;
    if (ctx.invocation().all) {
        StoryQuery query;
        query.sortBy = StoryQuery::SortBy::Created;
        query.descending = false;
        query.limit = 0;
        if (!library.countStories(query)) {
            ctx.error(library.lastError());
            return std::nullopt;
        }
        bool ok = false;
        const QList<StorySummary> summaries = library.listStories(query, &ok);
        if (!ok) {
            ctx.error(library.lastError());
            return std::nullopt;
        }
        for (const StorySummary &summary : summaries) {
            std::optional<Story> story = library.story(summary.id);
            if (!story) {
                ctx.error(library.lastError());
                return std::nullopt;
            }
            stories.append(std::move(*story));
        }
        return stories;
    }
    bool allFound = true;
    QStringList seen;
    for (const QString &slug : ctx.invocation().slugs) {
        if (seen.contains(slug))
            continue;
        seen.append(slug);
        bool missing = false;
        std::optional<Story> story = library.storyBySlug(slug, &missing);
        if (!story) {
            // A story that cannot be read is not said to be missing.
            ctx.error(missing
                          ? CliContextText::tr("there is no story \"%1\" in the library %2 (see "
                                               "'spill list')")
                                .arg(slug, QDir::toNativeSeparators(library.folder()))
                          : library.lastError());
            allFound = false;
            continue;
        }
        stories.append(std::move(*story));
    }
    if (!allFound)
        return std::nullopt;
    return stories;
}

QString outputPath(const CliContext &ctx, const QString &relativePath)
{
    return printable(
        QDir::toNativeSeparators(QDir::cleanPath(ctx.invocation().outDir + u'/' + relativePath)));
}

QString storedMediaPath(const QString &libraryFolder, const MediaItem &item)
{
    return storedMediaFile(libraryFolder, item);
}

QString printable(const QString &text)
{
    const auto unsafe = [](char16_t u) {
        return u < 0x20 || (u >= 0x7F && u < 0xA0) || u == u'\\' || u == 0x200B || u == 0x200E ||
            u == 0x200F || (u >= 0x2028 && u <= 0x202E) || u == 0x2060 ||
            (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF;
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return unsafe(c.unicode()); }))
        return text;
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!unsafe(u)) {
            result += c;
        } else if (u == u'\\') {
            result += QLatin1StringView("\\\\");
        } else if (u == u'\n') {
            result += QLatin1StringView("\\n");
        } else if (u == u'\r') {
            result += QLatin1StringView("\\r");
        } else if (u == u'\t') {
            result += QLatin1StringView("\\t");
        } else if (u < 0x80) {
            result += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        } else {
            result += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        }
    }
    return result;
}

QString isoDate(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const QDateTime fixed =
        date.timeSpec() == Qt::UTC ? date : date.toOffsetFromUtc(date.offsetFromUtc());
    return fixed.toString(fixed.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace Spill::Cli
