// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/storyquery.h"
#include "library/summarylistmodel.h"

#include <QDateTime>

namespace Spill {

class LibraryService;

// The stories of the Write place's list, newest edit first, loaded a page at
// a time (fetchMore) so a library of thousands never loads at once. Pages
// come from the library service; after that, the rows follow the service's
// signals one by one (a story saved moves to the top, a trashed one leaves),
// never by a reset.
class StoryListModel : public SummaryListModel
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
    explicit StoryListModel(LibraryService &service, bool trash = false, QObject *parent = nullptr);

    static constexpr int PageSize = 100;

    // Loads the first page, once; later calls do nothing.
    void start();
    bool isLoading() const { return m_loading; }
    // A story's row changed (the service's storyChanged()).
    void updateStory(const StorySummary &summary);
    void removeStories(const QList<qint64> &ids);
    // The time relative times are measured from; tests pin it.
    void setNow(const QDateTime &now) { m_now = now; }

    qint64 storyId(const QModelIndex &index) const;
    const StorySummary *storyAt(const QModelIndex &index) const;
    QModelIndex indexOfStory(qint64 id) const;
    QString lastError() const { return m_error; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "just now", "5 min ago", "3 h ago", "yesterday", a date.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);

signals:
    // A page arrived (or failed: lastError() says why).
    void pageLoaded();

private:
    void load(int offset);
    void append(int offset, const QList<StorySummary> &rows);

    LibraryService &m_service;
    bool m_trash = false;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_loading = false;
    QDateTime m_now;
    QString m_error;
};

} // namespace Spill
