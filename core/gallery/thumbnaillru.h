// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>
#include <QString>

namespace Spill {

// Decoded thumbnails in memory, least recently used dropped first, bounded
// by their pixel bytes rather than by their number. image() hands out the
// stored QImage itself (shared, same cacheKey()), so views can key their own
// scaled copies on it.
class ThumbnailLru
{
public:
    explicit ThumbnailLru(qint64 budgetBytes = 64ll * 1024 * 1024);

    // A null image when `key` is not cached; a hit becomes the most recent.
    QImage image(const QString &key);
    bool contains(const QString &key) const { return m_cache.contains(key); }
    // An image larger than the whole budget is not kept.
    void insert(const QString &key, const QImage &image);
    void clear() { m_cache.clear(); }

    qint64 budgetBytes() const { return qint64(m_cache.maxCost()) * 1024; }
    void setBudgetBytes(qint64 bytes);
    qint64 usedBytes() const { return qint64(m_cache.totalCost()) * 1024; }
    int count() const { return static_cast<int>(m_cache.count()); }

private:
    // Costs are in KiB so a budget of gigabytes still fits QCache's qsizetype.
    QCache<QString, QImage> m_cache;
};

} // namespace Spill
