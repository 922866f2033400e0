// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/mediastore.h"
#include "story/story.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Spill {

class MediaImportQueue;
class MediaItemEditor;
class MediaStripModel;
class MediaStripView;
class MediaThumbnailModel;
class StoryMedia;
class ThumbnailCache;
class VideoPlayer;

// The photos and clips under one beat. Adds them by file dialog, drop and
// paste (all through importFiles(), off the GUI thread with a cancellable
// progress bar), reorders them by drag or Ctrl+Left/Right, removes them
// (Delete; the file stays in the library) and edits the selected one in
// place. The tiles are a list view of the beat's rows of the story document
// (MediaStripModel), drawn by MediaTileDelegate; changes go through the
// shared StoryMedia.
class MediaStrip : public QWidget
{
    Q_OBJECT

public:
    MediaStrip(Beat beat, StoryMedia *media, const MediaStore &store, ThumbnailCache *thumbnails,
               QWidget *parent = nullptr);
    ~MediaStrip() override;

    Beat beat() const { return m_beat; }

    // Ctrl+V in this widget (the beat's text editor) pastes photos here too.
    void setPasteTarget(QWidget *editor);

    // The one way in for the dialog, drop and paste. Files Spill does not
    // take, or that fail to import, end in messages() naming them; the
    // others still arrive. `role` presets the role of every new item.
    void importFiles(const QStringList &paths, std::optional<MediaRole> role = std::nullopt);
    // Imports what a drop or the clipboard carries: file URLs or an image.
    // False when there was nothing Spill takes.
    bool importMimeData(const QMimeData *mime);
    // Opens the file dialog (not modal), then imports what was chosen.
    void chooseFiles(std::optional<MediaRole> role = std::nullopt);
    void cancelImport();
    bool isImporting() const;

    // Messages about files that did not import, most recent batch first.
    QStringList messages() const { return m_messages; }
    void clearMessages();

    // The beat's rows, and the same with thumbnails, as the view shows them.
    MediaStripModel *model() const { return m_model; }
    MediaThumbnailModel *tileModel() const { return m_tiles; }
    MediaStripView *view() const { return m_view; }
    // Whole-list index of the selected item, or -1.
    int selectedIndex() const;
    void selectSlot(int slot);
    int selectedSlot() const; // -1 when nothing is selected
    // Moves the selected item left (-1) or right (+1) within the beat.
    void moveSelected(int delta);
    // Takes the selected item out of the story; its file stays.
    void removeSelected();
    MediaItemEditor *itemEditor() const { return m_editor; }
    // Shows the player for a clip (whole-list index); null for photos, or
    // when video support is missing (then a message box says why).
    VideoPlayer *openPlayer(int index);
    // The same player, made but not shown; null with *error set when the
    // video module cannot be loaded.
    VideoPlayer *makePlayer(int index, QString *error = nullptr);

    // "Photos and clips (*.jpg …)" from the allowlist.
    static QString nameFilter();

signals:
    // Every thumbnail in the strip is drawn (or has failed).
    void thumbnailsReady();
    // A batch ended: how many arrived and how many did not.
    void importFinished(int imported, int failed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    void updateSelection();
    void rowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void batchStarted(int files);
    void batchFinished(int imported, const QStringList &failures);
    void showMessages();
    bool pasteFromClipboard(bool fromTextEditor);
    int slotAt(const QPoint &pos) const;
    void endDrop();

    Beat m_beat;
    StoryMedia *m_media;
    MediaStore m_store;
    ThumbnailCache *m_thumbnails;
    MediaImportQueue *m_imports = nullptr;

    MediaStripModel *m_model = nullptr;
    MediaThumbnailModel *m_tiles = nullptr;
    MediaStripView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_messageRow = nullptr;
    QLabel *m_messageLabel = nullptr;
    MediaItemEditor *m_editor = nullptr;
    QStringList m_messages;
    QPointer<QDialog> m_player;
    bool m_dropActive = false;
    int m_dropSlot = -1;
};

} // namespace Spill
