// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/storyquery.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace Spill {

class Library;

// The stories of the Write place's list, newest edit first, loaded a page at
// a time (fetchMore) so a library of thousands never loads at once.
class StoryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UpdatedRole, // QDateTime
        TrashedAtRole, // QDateTime, invalid unless trashed
        RelativeTimeRole, // "5 min ago", translated
    };

    // Lists the trash instead of the stories when `trash` is true.
    explicit StoryListModel(Library &library, bool trash = false, QObject *parent = nullptr);

    static constexpr int PageSize = 100;

    // Reloads the rows shown so far (at least one page).
    void refresh();
    // The time relative times are measured from; tests pin it.
    void setNow(const QDateTime &now) { m_now = now; }

    qint64 storyId(const QModelIndex &index) const;
    const StorySummary *storyAt(const QModelIndex &index) const;
    QModelIndex indexOfStory(qint64 id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "just now", "5 min ago", "3 h ago", "yesterday", a date.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);

private:
    QList<StorySummary> load(int offset, int limit);

    Library &m_library;
    bool m_trash = false;
    bool m_atEnd = false;
    bool m_resetting = false;
    QList<StorySummary> m_rows;
    QDateTime m_now;
    QString m_error;
};

} // namespace Spill
