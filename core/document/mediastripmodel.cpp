// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediastripmodel.h"

#include "storydocument.h"

#include <QFileInfo>
#include <QMimeData>
#include <QSize>

#include <algorithm>

namespace Spill {

namespace {

// Positions (into `values`) of one longest increasing run, not necessarily
// contiguous. The rows on it stay where they are; the others move.
QList<bool> longestIncreasing(const QList<int> &values)
{
    const int n = int(values.size());
    QList<int> length(n, 1);
    QList<int> previous(n, -1);
    int best = -1;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < i; ++j) {
            if (values.at(j) < values.at(i) && length.at(j) + 1 > length.at(i)) {
                length[i] = length.at(j) + 1;
                previous[i] = j;
            }
        }
        if (best < 0 || length.at(i) > length.at(best))
            best = i;
    }
    QList<bool> kept(values.size(), false);
    for (int i = best; i >= 0; i = previous.at(i))
        kept[i] = true;
    return kept;
}

} // namespace

MediaStripModel::MediaStripModel(Beat beat, QObject *parent)
    : QAbstractListModel(parent)
    , m_beat(beat)
{
}

QString MediaStripModel::mimeType()
{
    return QStringLiteral("application/x-spill-media-index");
}

QString MediaStripModel::thumbnailKey(const MediaItem &item)
{
    return item.hash + QLatin1Char('@') + QString::number(item.posterMs.value_or(0));
}

void MediaStripModel::setDocument(StoryDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_document = document;
    m_items.clear();
    m_indices.clear();
    if (document) {
        const QList<MediaItem> &media = document->story().media;
        for (int i = 0; i < int(media.size()); ++i) {
            if (media.at(i).beat == m_beat) {
                m_items.append(media.at(i));
                m_indices.append(i);
            }
        }
        m_connections = {
            connect(document, &StoryDocument::mediaListChanged, this, &MediaStripModel::follow),
            // A version restored: most items are still there, so it is
            // followed row by row like any other change.
            connect(document, &StoryDocument::reset, this, &MediaStripModel::follow),
            connect(document, &StoryDocument::mediaItemChanged, this,
                    &MediaStripModel::itemChanged),
        };
    }
    endResetModel();
}

void MediaStripModel::itemChanged(int index)
{
    const int row = rowOf(index);
    const QList<MediaItem> &media = m_document->story().media;
    if (row < 0 || index >= media.size() || media.at(index).beat != m_beat) {
        follow(); // not this beat's item as far as the rows know: look again
        return;
    }
    if (m_items.at(row) == media.at(index))
        return;
    m_items[row] = media.at(index);
    const QModelIndex changed = this->index(row);
    emit dataChanged(changed, changed);
}

void MediaStripModel::follow()
{
    QList<MediaItem> items;
    QList<int> indices;
    if (m_document) {
        const QList<MediaItem> &media = m_document->story().media;
        for (int i = 0; i < int(media.size()); ++i) {
            if (media.at(i).beat == m_beat) {
                items.append(media.at(i));
                indices.append(i);
            }
        }
    }

    // Pair each row with an equal item of the new list; rows left without
    // one are removed, items left without a row are inserted.
    QList<int> target(m_items.size(), -1);
    QList<bool> taken(items.size(), false);
    for (int row = 0; row < int(m_items.size()); ++row) {
        for (int i = 0; i < int(items.size()); ++i) {
            if (!taken.at(i) && items.at(i) == m_items.at(row)) {
                taken[i] = true;
                target[row] = i;
                break;
            }
        }
    }

    // Removed rows, from the back, a run of neighbours at a time.
    for (int last = int(m_items.size()) - 1; last >= 0;) {
        if (target.at(last) >= 0) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && target.at(first - 1) < 0)
            --first;
        beginRemoveRows({}, first, last);
        m_items.remove(first, last - first + 1);
        target.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Moved rows: those off the longest run already in order, each put
    // after the last row that belongs before it.
    const QList<bool> kept = longestIncreasing(target);
    QList<int> moving;
    for (int row = 0; row < int(target.size()); ++row) {
        if (!kept.at(row))
            moving.append(target.at(row));
    }
    std::sort(moving.begin(), moving.end());
    for (int value : std::as_const(moving)) {
        const int from = int(target.indexOf(value));
        int to = 0; // the row's place once taken out
        for (int row = 0, place = 0; row < int(target.size()); ++row) {
            if (row == from)
                continue;
            ++place;
            if (target.at(row) < value)
                to = place;
        }
        if (to == from)
            continue;
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_items.move(from, to);
        target.move(from, to);
        endMoveRows();
    }

    // Inserted items, a run of neighbours at a time.
    for (int first = 0; first < int(items.size());) {
        if (taken.at(first)) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < int(items.size()) && !taken.at(last + 1))
            ++last;
        beginInsertRows({}, first, last);
        for (int i = first; i <= last; ++i)
            m_items.insert(i, items.at(i));
        endInsertRows();
        first = last + 1;
    }

    Q_ASSERT(m_items == items);
    // Whole-list indices are not shown, so their shifting (an item added
    // to an earlier beat) is no change of data.
    m_indices = indices;
}

int MediaStripModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant MediaStripModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MediaItem &item = m_items.at(index.row());
    const QString kind = item.kind == MediaKind::Video ? tr("Clip") : tr("Photo");
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return item.caption.isEmpty() ? QFileInfo(item.file).fileName() : item.caption;
    case Qt::AccessibleTextRole:
        return item.alt.isEmpty() ? kind : kind + QStringLiteral(": ") + item.alt;
    case Qt::AccessibleDescriptionRole: {
        QStringList parts {mediaRoleLabel(item.role)};
        if (!item.caption.isEmpty())
            parts << item.caption;
        return parts.join(QStringLiteral(", "));
    }
    case CaptionRole:
        return item.caption;
    case AltRole:
        return item.alt;
    case MediaRoleRole:
        return int(item.role);
    case RoleLabelRole:
        return mediaRoleLabel(item.role);
    case DecorativeRole:
        return item.decorative;
    case EditedMarkRole:
        return item.showsEditedMark();
    case KindRole:
        return int(item.kind);
    case DurationRole:
        return item.durationMs;
    case PosterRole:
        return item.posterMs ? QVariant(*item.posterMs) : QVariant();
    case SizeRole:
        return QSize(item.width, item.height);
    case HashRole:
        return item.hash;
    case FileRole:
        return item.file;
    case ThumbnailKeyRole:
        return thumbnailKey(item);
    default:
        return {};
    }
}

QHash<int, QByteArray> MediaStripModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CaptionRole, "caption");
    names.insert(AltRole, "alt");
    names.insert(MediaRoleRole, "role");
    names.insert(RoleLabelRole, "roleLabel");
    names.insert(DecorativeRole, "decorative");
    names.insert(EditedMarkRole, "editedMark");
    names.insert(KindRole, "kind");
    names.insert(DurationRole, "durationMs");
    names.insert(PosterRole, "posterMs");
    names.insert(SizeRole, "size");
    names.insert(HashRole, "hash");
    names.insert(FileRole, "file");
    names.insert(ThumbnailKeyRole, "thumbnailKey");
    return names;
}

Qt::ItemFlags MediaStripModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
        Qt::ItemNeverHasChildren;
}

QStringList MediaStripModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *MediaStripModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(storyIndex(indexes.first().row())));
    return mime;
}

Qt::DropActions MediaStripModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Spill
