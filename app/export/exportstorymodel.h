// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/storyquery.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Spill {

class Library;
class LibraryService;

// The stories the Export place can write, newest first, each with a check
// box. Rows arrive in pages from Library::listStories (fetchMore), so a
// large library opens quickly. Checks are kept by story id, so a story can
// be checked before its row has been fetched (selectStories()).
class ExportStoryModel : public QAbstractListModel
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

    explicit ExportStoryModel(Library &library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Lists the stories again; checks of stories that are gone are dropped.
    void reload();

    // Keeps the rows up to date from the service's signals, row by row.
    void followChanges(LibraryService &service);
    void updateStory(const StorySummary &summary);
    void removeStories(const QList<qint64> &ids);

    // Checked story ids in list order.
    QList<qint64> checkedIds() const;
    int checkedCount() const { return int(m_checked.size()); }
    void setChecked(const QList<qint64> &ids); // replaces the checks
    void checkAll(); // fetches the remaining pages first
    void checkNone();
    int rowOf(qint64 id) const; // -1 when not (yet) listed
    qint64 idAt(int row) const;

    static constexpr int PageSize = 200;

signals:
    void checkedChanged();

private:
    QList<StorySummary> fetchPage(int offset) const;
    bool isRow(const QModelIndex &index) const;
    void announceAllChecks();

    Library &m_library;
    QList<StorySummary> m_rows;
    QSet<qint64> m_checked;
    bool m_complete = false;
};

} // namespace Spill
