// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include "library/library.h"

#include <QLocale>

#include <algorithm>

namespace Spill {

StoryListModel::StoryListModel(Library &library, bool trash, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_trash(trash)
{
}

QList<StorySummary> StoryListModel::load(int offset, int limit)
{
    StoryQuery query;
    query.sortBy = StoryQuery::SortBy::Updated;
    query.descending = true;
    query.offset = offset;
    query.limit = limit;
    query.trash = m_trash ? StoryQuery::Trash::Only : StoryQuery::Trash::Exclude;
    QList<StorySummary> rows = m_library.listStories(query);
    m_error = m_library.lastError();
    return rows;
}

void StoryListModel::refresh()
{
    const int wanted = std::max<int>(PageSize, static_cast<int>(m_rows.size()));
    QList<StorySummary> rows = load(0, wanted);
    m_atEnd = rows.size() < wanted;
    // Views ask for more while they hear of the reset: not until it is done.
    m_resetting = true;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_resetting = false;
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
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row);
    }
    return {};
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_rows.isEmpty();
}

void StoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<StorySummary> more = load(static_cast<int>(m_rows.size()), PageSize);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows += more;
    endInsertRows();
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
