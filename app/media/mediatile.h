// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QImage>
#include <QPoint>
#include <QWidget>

namespace Spill {

class ThumbnailCache;
struct ThumbnailResult;

// One photo or clip in a strip: its thumbnail, loaded off the GUI thread
// (a drawn placeholder until then), a play badge and the duration on clips,
// and its role. Starts a drag to reorder; the strip does the rest.
class MediaTile : public QWidget
{
    Q_OBJECT

public:
    // With a `known` thumbnail (one shown before), nothing is requested.
    MediaTile(const MediaItem &item, int index, ThumbnailCache *thumbnails, int height,
              const QImage &known = {}, QWidget *parent = nullptr);
    ~MediaTile() override;

    int index() const { return m_index; }
    // Shows the item's new fields; the thumbnail is fetched again only
    // when it shows another picture (another file or poster frame).
    void setItem(const MediaItem &item, int index);
    const MediaItem &item() const { return m_item; }
    bool isLoading() const { return m_loading; }
    bool hasThumbnail() const { return !m_image.isNull(); }
    const QImage &image() const { return m_image; }
    QString thumbnailError() const { return m_error; }

    void setSelected(bool selected);
    void setFocusShown(bool shown);

    QSize sizeHint() const override;

    // The mime type a tile drag carries: the whole-list index.
    static QString mimeType();
    // What identifies the thumbnail: hash and poster time.
    static QString thumbnailKey(const MediaItem &item);
    QString thumbnailKey() const { return thumbnailKey(m_item); }

signals:
    void loaded();
    void clicked(int index);
    void activated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void describe();
    void requestThumbnail();
    void finishLoading(const ThumbnailResult &result, quint64 request);

    MediaItem m_item;
    int m_index;
    int m_height;
    ThumbnailCache *m_thumbnails = nullptr;
    quint64 m_request = 0; // the newest thumbnail request; older answers are dropped
    QImage m_image;
    QString m_error;
    bool m_loading = false;
    bool m_selected = false;
    bool m_focusShown = false;
    QPoint m_pressPos;
};

} // namespace Spill
