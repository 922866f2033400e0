// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnaillru.h"

namespace Spill {

namespace {

qsizetype costOf(const QImage &image)
{
    // Round up so a tiny image still counts.
    return qMax<qsizetype>(1, (image.sizeInBytes() + 1023) / 1024);
}

} // namespace

ThumbnailLru::ThumbnailLru(qint64 budgetBytes)
    : m_cache(qMax<qsizetype>(1, budgetBytes / 1024))
{
}

QImage ThumbnailLru::image(const QString &key)
{
    const QImage *image = m_cache.object(key);
    return image ? *image : QImage();
}

void ThumbnailLru::insert(const QString &key, const QImage &image)
{
    m_cache.insert(key, new QImage(image), costOf(image));
}

void ThumbnailLru::setBudgetBytes(qint64 bytes)
{
    m_cache.setMaxCost(qMax<qsizetype>(1, bytes / 1024));
}

} // namespace Spill
