// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/mediastore.h"
#include "story/story.h"

#include <QHash>
#include <QImage>
#include <QList>
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

class FlowLayout;
class MediaImportQueue;
class MediaItemEditor;
class MediaTile;
class StoryMedia;
class ThumbnailCache;
class VideoPlayer;

// The photos and clips under one beat. Adds them by file dialog, drop and
// paste (all through importFiles(), off the GUI thread with a cancellable
// progress bar), reorders them by drag or Ctrl+Left/Right, removes them
// (Delete; the file stays in the library) and edits the selected one in
// place. Reads and writes the story's media through the shared StoryMedia.
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

    QList<MediaTile *> tiles() const { return m_tiles; }
    // Whole-list index of the selected item, or -1.
    int selectedIndex() const;
    void selectSlot(int slot);
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
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    void rebuild();
    void updateItem(int index);
    void updateSelection();
    void tileLoaded();
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

    FlowLayout *m_flow = nullptr;
    QToolButton *m_add = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_messageRow = nullptr;
    QLabel *m_messageLabel = nullptr;
    MediaItemEditor *m_editor = nullptr;
    QList<MediaTile *> m_tiles;
    QHash<QString, QImage> m_known; // thumbnails already shown, by MediaTile::thumbnailKey
    QStringList m_messages;
    QPointer<QDialog> m_player;
    int m_selectedSlot = -1;
    bool m_dropActive = false;
    int m_dropSlot = -1;
};

} // namespace Spill
