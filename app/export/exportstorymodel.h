// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/storyquery.h"
#include "library/summarylistmodel.h"

#include <QList>
#include <QSet>

namespace Spill {

class LibraryService;

// The stories the Export place can write, newest first, each with a check
// box. Rows arrive in pages read by the library service (fetchMore asks for
// the next one; pageLoaded() says it came), so a large library opens quickly
// and the GUI thread never waits. After that the rows follow the service's
// signals one at a time. Checks are kept by story id, so a story can be
// checked before its row has been fetched (setChecked()).
class ExportStoryModel : public SummaryListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SlugRole, // QString
        TitleRole, // QString, as written (may be empty)
        DishRole, // QString
        UpdatedRole, // QDateTime
        StatusRole, // int, Spill::Status
    };

    explicit ExportStoryModel(LibraryService &service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A page is being read.
    bool isLoading() const { return m_loading > 0; }
    // Every story is listed.
    bool isComplete() const { return m_complete; }
    QString lastError() const { return m_error; }

    void updateStory(const StorySummary &summary);
    void removeStories(const QList<qint64> &ids);

    // Checked story ids in list order.
    QList<qint64> checkedIds() const;
    int checkedCount() const { return int(m_checked.size()); }
    void setChecked(const QList<qint64> &ids); // replaces the checks
    void checkAll(); // also the stories not fetched yet: lists them first
    void checkNone();
    int rowOf(qint64 id) const; // -1 when not (yet) listed
    qint64 idAt(int row) const;

    static constexpr int PageSize = 200;

signals:
    void checkedChanged();
    // A page (or, for checkAll(), the rest) arrived; lastError() if it failed.
    void pageLoaded();

private:
    // Reads `limit` stories from the end of the list (<= 0: all the rest).
    void load(int limit, bool checkAfter = false);
    void append(const QList<StorySummary> &page);
    bool isRow(const QModelIndex &index) const;
    void announceAllChecks();

    LibraryService &m_service;
    QSet<qint64> m_checked;
    QString m_error;
    bool m_complete = false;
    int m_loading = 0; // pages asked for and not arrived
};

} // namespace Spill
