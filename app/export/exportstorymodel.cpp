// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportstorymodel.h"

#include "async/continuation.h"
#include "library/libraryservice.h"

#include <QLocale>

namespace Spill {

ExportStoryModel::ExportStoryModel(LibraryService &service, QObject *parent)
    : SummaryListModel(parent)
    , m_service(service)
{
    connect(&service, &LibraryService::storyChanged, this, &ExportStoryModel::updateStory);
    connect(&service, &LibraryService::storiesDeleted, this, &ExportStoryModel::removeStories);
    load(PageSize);
}

void ExportStoryModel::load(int limit, bool checkAfter)
{
    StoryQuery query;
    query.sortBy = StoryQuery::SortBy::Updated;
    query.offset = int(m_rows.size());
    query.limit = limit;
    ++m_loading;
    onResult(m_service.listStories(query), this,
             [this, limit, checkAfter](const LibraryResult<QList<StorySummary>> &result) {
                 --m_loading;
                 m_error = result.error;
                 if (result.ok()) {
                     m_complete = limit <= 0 || result.value.size() < limit;
                     append(result.value);
                     if (checkAfter && m_complete) {
                         for (const StorySummary &row : std::as_const(m_rows))
                             m_checked.insert(row.id);
                         announceAllChecks();
                     }
                 }
                 emit pageLoaded();
             });
}

void ExportStoryModel::append(const QList<StorySummary> &page)
{
    // Rows that came through the service's signals meanwhile are here already.
    QSet<qint64> listed;
    for (const StorySummary &row : std::as_const(m_rows))
        listed.insert(row.id);
    QList<StorySummary> rows;
    for (const StorySummary &summary : page) {
        if (!listed.contains(summary.id))
            rows.append(summary);
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void ExportStoryModel::updateStory(const StorySummary &summary)
{
    const RowChange change =
        applySummary(summary, !summary.trashedAt.isValid(), m_complete && m_loading == 0);
    // A trashed story is not exported: its check goes with its row.
    if (change.kind == RowChange::Kind::Remove && summary.trashedAt.isValid() &&
        m_checked.remove(summary.id))
        emit checkedChanged();
}

void ExportStoryModel::removeStories(const QList<qint64> &ids)
{
    bool unchecked = false;
    for (const qint64 id : ids) {
        removeStory(id);
        unchecked = m_checked.remove(id) || unchecked;
    }
    if (unchecked)
        emit checkedChanged();
}

bool ExportStoryModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
        index.column() == 0 && index.row() < m_rows.size();
}

QVariant ExportStoryModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const StorySummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.title.isEmpty() ? tr("Untitled story") : row.title;
    case Qt::ToolTipRole: {
        const QString changed = QLocale().toString(row.updated, QLocale::ShortFormat);
        const QString title = row.title.isEmpty() ? tr("Untitled story") : row.title;
        return row.dish.isEmpty() ? tr("%1\nLast changed %2").arg(title, changed)
                                  : tr("%1\n%2 · last changed %3").arg(title, row.dish, changed);
    }
    case Qt::CheckStateRole:
        return m_checked.contains(row.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return row.id;
    case SlugRole:
        return row.slug;
    case TitleRole:
        return row.title;
    case DishRole:
        return row.dish;
    case UpdatedRole:
        return row.updated;
    case StatusRole:
        return int(row.status);
    default:
        return {};
    }
}

bool ExportStoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !isRow(index))
        return false;
    const qint64 id = m_rows.at(index.row()).id;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(id))
        return true;
    if (check)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags ExportStoryModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
        Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ExportStoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "storyId");
    names.insert(SlugRole, "slug");
    names.insert(TitleRole, "title");
    names.insert(DishRole, "dish");
    names.insert(UpdatedRole, "updated");
    names.insert(StatusRole, "status");
    return names;
}

bool ExportStoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && m_loading == 0;
}

void ExportStoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(PageSize);
}

QList<qint64> ExportStoryModel::checkedIds() const
{
    QList<qint64> ids;
    QSet<qint64> listed;
    for (const StorySummary &row : m_rows) {
        listed.insert(row.id);
        if (m_checked.contains(row.id))
            ids.append(row.id);
    }
    // Checked but not fetched yet: still exported, after the listed ones.
    for (qint64 id : m_checked) {
        if (!listed.contains(id))
            ids.append(id);
    }
    return ids;
}

void ExportStoryModel::announceAllChecks()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::CheckStateRole});
    emit checkedChanged();
}

void ExportStoryModel::setChecked(const QList<qint64> &ids)
{
    m_checked = QSet<qint64>(ids.cbegin(), ids.cend());
    announceAllChecks();
}

void ExportStoryModel::checkAll()
{
    m_checked.clear();
    for (const StorySummary &row : std::as_const(m_rows))
        m_checked.insert(row.id);
    announceAllChecks();
    // The rest are listed (small rows) and checked when they arrive.
    if (!m_complete)
        load(0, true);
}

void ExportStoryModel::checkNone()
{
    m_checked.clear();
    announceAllChecks();
}

int ExportStoryModel::rowOf(qint64 id) const
{
    return rowOfStory(id);
}

qint64 ExportStoryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace Spill
