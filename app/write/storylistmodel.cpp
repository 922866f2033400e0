// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include "async/continuation.h"
#include "library/libraryservice.h"

#include <QLocale>

#include <algorithm>

namespace Spill {

StoryListModel::StoryListModel(LibraryService &service, bool trash, QObject *parent)
    : SummaryListModel(parent)
    , m_service(service)
    , m_trash(trash)
{
    connect(&service, &LibraryService::storyChanged, this, &StoryListModel::updateStory);
    connect(&service, &LibraryService::storiesDeleted, this, &StoryListModel::removeStories);
}

void StoryListModel::start()
{
    if (m_started)
        return;
    m_started = true;
    load(0);
}

void StoryListModel::load(int offset)
{
    StoryQuery query;
    query.sortBy = StoryQuery::SortBy::Updated;
    query.descending = true;
    query.offset = offset;
    query.limit = PageSize;
    query.trash = m_trash ? StoryQuery::Trash::Only : StoryQuery::Trash::Exclude;
    m_loading = true;
    onResult(m_service.listStories(query), this,
             [this, offset](const LibraryResult<QList<StorySummary>> &result) {
                 m_loading = false;
                 m_error = result.error;
                 if (result.ok())
                     append(offset, result.value);
                 emit pageLoaded();
             });
}

void StoryListModel::append(int offset, const QList<StorySummary> &page)
{
    m_atEnd = page.size() < PageSize;
    Q_UNUSED(offset);
    // Rows that arrived through the service's signals meanwhile are already here.
    QList<StorySummary> rows;
    for (const StorySummary &summary : page) {
        if (!indexOfStory(summary.id).isValid())
            rows.append(summary);
    }
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

void StoryListModel::updateStory(const StorySummary &summary)
{
    if (!m_started)
        return; // the first page will have it
    applySummary(summary, summary.trashedAt.isValid() == m_trash, m_atEnd && !m_loading);
}

void StoryListModel::removeStories(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        removeStory(id);
}

qint64 StoryListModel::storyId(const QModelIndex &index) const
{
    const StorySummary *summary = storyAt(index);
    return summary ? summary->id : 0;
}

const StorySummary *StoryListModel::storyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex StoryListModel::indexOfStory(qint64 id) const
{
    const int row = rowOfStory(id);
    return row < 0 ? QModelIndex() : index(row);
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    const StorySummary *summary = storyAt(index);
    if (!summary)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString title = summary->title.trimmed();
        return title.isEmpty() ? tr("Untitled story") : title;
    }
    case Qt::ToolTipRole:
        return summary->dish.isEmpty() ? QVariant() : QVariant(summary->dish);
    case IdRole:
        return summary->id;
    case UpdatedRole:
        return summary->updated;
    case TrashedAtRole:
        return summary->trashedAt;
    case RelativeTimeRole: {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        const QString when = relativeTime(m_trash ? summary->trashedAt : summary->updated, now);
        return m_trash ? tr("trashed %1").arg(when) : when;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> StoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "storyId");
    names.insert(UpdatedRole, "updated");
    names.insert(TrashedAtRole, "trashedAt");
    names.insert(RelativeTimeRole, "relativeTime");
    return names;
}

bool StoryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void StoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    load(static_cast<int>(m_rows.size()));
}

QString StoryListModel::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", nullptr, static_cast<int>(days));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace Spill
