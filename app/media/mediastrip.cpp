// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediastrip.h"

#include "editor/flowlayout.h"
#include "media/mediaformats.h"
#include "media/thumbnailcache.h"
#include "mediaimportqueue.h"
#include "mediaitemeditor.h"
#include "mediatile.h"
#include "storymedia.h"
#include "videomodule.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Spill {

namespace {

// Tiles are this many lines of text tall: big enough to tell a collapsed
// soufflé from a risen one, small enough to keep the beat's text close.
constexpr int TileLines = 6;

} // namespace

MediaStrip::MediaStrip(Beat beat, StoryMedia *media, const MediaStore &store,
                       ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_beat(beat)
    , m_media(media)
    , m_store(store)
    , m_thumbnails(thumbnails)
{
    setObjectName(QStringLiteral("mediaStrip_") + beatKey(beat));
    setAccessibleName(tr("Photos and clips for “%1”").arg(beatTitle(beat)));
    setAccessibleDescription(
        tr("Arrows choose an item, Ctrl+arrows move it, Delete takes it out "
           "of the story, Ctrl+Z undoes, Enter opens its details or plays it."));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);

    m_imports = new MediaImportQueue(beat, m_media, m_store, m_thumbnails, this);
    connect(
        m_imports, &MediaImportQueue::progress, this,
        [this](int done, int total, const QString &file) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            m_progressLabel->setText(
                tr("Importing %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
        });
    connect(m_imports, &MediaImportQueue::batchStarted, this, &MediaStrip::batchStarted);
    connect(m_imports, &MediaImportQueue::batchFinished, this, &MediaStrip::batchFinished);
    connect(m_imports, &MediaImportQueue::failed, this, [this](const QString &message) {
        m_messages.prepend(message);
        showMessages();
    });

    const int line = fontMetrics().height();

    m_add = new QToolButton;
    m_add->setObjectName(QStringLiteral("addMedia"));
    m_add->setText(tr("Add photo or video…"));
    m_add->setToolTip(tr("Or drop files here, or paste a photo with Ctrl+V"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_add, &QToolButton::clicked, this, [this] { chooseFiles(); });

    auto *tileArea = new QWidget;
    m_flow = new FlowLayout(tileArea);
    m_flow->setContentsMargins(0, 0, 0, 0);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(line / 2 + 2);
    m_progressLabel = new QLabel;
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    connect(m_cancel, &QPushButton::clicked, this, &MediaStrip::cancelImport);
    m_progressRow = new QWidget;
    auto *progressRow = new QGridLayout(m_progressRow);
    progressRow->setContentsMargins(0, line / 4, 0, line / 4);
    progressRow->addWidget(m_progressLabel, 0, 0);
    progressRow->addWidget(m_progress, 1, 0);
    progressRow->addWidget(m_cancel, 0, 1, 2, 1);
    m_progressRow->setVisible(false);

    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("importMessages"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton;
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, &MediaStrip::clearMessages);
    m_messageRow = new QWidget;
    m_messageRow->setObjectName(QStringLiteral("messageRow"));
    m_messageRow->setAccessibleName(tr("Files that were not imported"));
    auto *messageRow = new QHBoxLayout(m_messageRow);
    messageRow->setContentsMargins(line / 2, line / 4, 0, line / 4);
    messageRow->addWidget(m_messageLabel, 1);
    messageRow->addWidget(dismiss, 0, Qt::AlignTop);
    m_messageRow->setVisible(false);

    m_editor = new MediaItemEditor;
    m_editor->setVisible(false);
    connect(m_editor, &MediaItemEditor::itemEdited, this, [this](const MediaItem &item) {
        const int index = selectedIndex();
        if (index >= 0)
            m_media->update(index, item);
    });
    connect(m_editor, &MediaItemEditor::removeRequested, this, &MediaStrip::removeSelected);
    connect(m_editor, &MediaItemEditor::playRequested, this,
            [this] { openPlayer(selectedIndex()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, line / 4, 0, line / 4);
    layout->setSpacing(0);
    layout->addWidget(tileArea);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_messageRow);
    layout->addWidget(m_editor);

    connect(m_media, &StoryMedia::changed, this, &MediaStrip::refresh);
    connect(m_media, &StoryMedia::itemChanged, this, &MediaStrip::updateItem);
    // The details editor belongs to the selection, and the selection to the
    // strip being worked in: leaving the strip folds the details away.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && !isAncestorOf(now) && now != this && !now->isWindow() &&
            now->window() == window()) {
            m_selectedSlot = -1;
            updateSelection();
        }
    });
    rebuild();
}

MediaStrip::~MediaStrip() = default;

void MediaStrip::setPasteTarget(QWidget *editor)
{
    editor->installEventFilter(this);
}

bool MediaStrip::isImporting() const
{
    return m_imports->isImporting();
}

void MediaStrip::refresh()
{
    // Most list changes (an item added to another beat, a move there) leave
    // this beat's items as they were, perhaps at other indices: then only
    // the indices change and no tile is made again.
    const QList<int> indices = m_media->indicesOf(m_beat);
    bool same = indices.size() == m_tiles.size();
    for (qsizetype i = 0; same && i < indices.size(); ++i)
        same = m_tiles.at(i)->item() == m_media->at(indices.at(i));
    if (!same) {
        rebuild();
        return;
    }
    for (qsizetype i = 0; i < indices.size(); ++i)
        m_tiles.at(i)->setItem(m_media->at(indices.at(i)), indices.at(i));
    updateSelection();
}

void MediaStrip::updateItem(int index)
{
    if (index < 0 || index >= m_media->count())
        return;
    const MediaItem &item = m_media->at(index);
    for (MediaTile *tile : std::as_const(m_tiles)) {
        if (tile->index() == index) {
            tile->setItem(item, index);
            if (index == selectedIndex())
                m_editor->setItem(item);
            return;
        }
    }
}

void MediaStrip::rebuild()
{
    for (MediaTile *tile : std::as_const(m_tiles)) {
        m_flow->removeWidget(tile);
        tile->deleteLater();
    }
    m_tiles.clear();
    m_flow->removeWidget(m_add);

    const int height = fontMetrics().height() * TileLines;
    QHash<QString, QImage> stillShown;
    for (int index : m_media->indicesOf(m_beat)) {
        const MediaItem &item = m_media->at(index);
        const QString key = MediaTile::thumbnailKey(item);
        auto *tile = new MediaTile(item, index, m_thumbnails, height, m_known.value(key));
        if (tile->hasThumbnail())
            stillShown.insert(key, m_known.value(key));
        connect(tile, &MediaTile::loaded, this, &MediaStrip::tileLoaded);
        connect(tile, &MediaTile::clicked, this, [this, tile] {
            selectSlot(int(m_tiles.indexOf(tile)));
            setFocus(Qt::MouseFocusReason);
        });
        connect(tile, &MediaTile::activated, this, [this](int index) { openPlayer(index); });
        m_flow->addWidget(tile);
        m_tiles.append(tile);
    }
    m_known = stillShown;
    m_flow->addWidget(m_add);

    if (m_selectedSlot >= int(m_tiles.size()))
        m_selectedSlot = int(m_tiles.size()) - 1;
    updateSelection();
    if (!m_tiles.isEmpty() &&
        std::none_of(m_tiles.cbegin(), m_tiles.cend(),
                     [](const MediaTile *tile) { return tile->isLoading(); }))
        emit thumbnailsReady();
}

void MediaStrip::tileLoaded()
{
    // Remember the images so the next rebuild (any edit) shows them at once.
    for (MediaTile *each : std::as_const(m_tiles)) {
        if (each->hasThumbnail())
            m_known.insert(each->thumbnailKey(), each->image());
        if (each->isLoading())
            return;
    }
    emit thumbnailsReady();
}

int MediaStrip::selectedIndex() const
{
    if (m_selectedSlot < 0 || m_selectedSlot >= int(m_tiles.size()))
        return -1;
    return m_tiles.at(m_selectedSlot)->index();
}

void MediaStrip::selectSlot(int slot)
{
    m_selectedSlot = m_tiles.isEmpty() ? -1 : std::clamp(slot, 0, int(m_tiles.size()) - 1);
    updateSelection();
}

void MediaStrip::updateSelection()
{
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        m_tiles.at(i)->setSelected(i == m_selectedSlot);
        m_tiles.at(i)->setFocusShown(hasFocus());
    }
    const int index = selectedIndex();
    m_editor->setVisible(index >= 0);
    if (index >= 0)
        m_editor->setItem(m_media->at(index));
}

void MediaStrip::moveSelected(int delta)
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const int target = m_selectedSlot + delta;
    if (target < 0 || target >= int(m_tiles.size()))
        return;
    m_selectedSlot = target;
    m_media->move(index, m_beat, target);
}

void MediaStrip::removeSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    // Only the story forgets the item: the file stays in the library, where
    // the library's own clean-up decides whether anything still uses it.
    m_media->remove(index);
}

VideoPlayer *MediaStrip::openPlayer(int index)
{
    QString error;
    if (VideoPlayer *player = makePlayer(index, &error)) {
        player->dialog()->show();
        return player;
    }
    if (!error.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The clip cannot be played"), error,
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return nullptr;
}

VideoPlayer *MediaStrip::makePlayer(int index, QString *error)
{
    if (index < 0 || index >= m_media->count() || m_media->at(index).kind != MediaKind::Video)
        return nullptr;
    const MediaItem item = m_media->at(index);
    if (m_player)
        m_player->close();
    const QString path = m_store.filePath(item.hash, QFileInfo(item.file).suffix().toLower());
    const QString hash = item.hash;
    const QPointer<MediaStrip> self(this);
    const auto posterChosen = [self, hash](qint64 ms) {
        if (!self)
            return;
        // Look the clip up again: the list may have changed while playing.
        for (int i = 0; i < self->m_media->count(); ++i) {
            if (self->m_media->at(i).hash != hash || self->m_media->at(i).beat != self->m_beat)
                continue;
            MediaItem changed = self->m_media->at(i);
            changed.posterMs = ms;
            self->m_media->update(i, changed);
            break;
        }
    };
    VideoPlayer *player = VideoModule::createPlayer(path, item, this, posterChosen, error);
    if (!player)
        return nullptr;
    m_player = player->dialog();
    m_player->setAttribute(Qt::WA_DeleteOnClose);
    return player;
}

bool MediaStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) && pasteFromClipboard(true))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MediaStrip::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard(false);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int delta = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl)
            moveSelected(delta);
        else
            selectSlot(m_selectedSlot < 0 ? 0 : m_selectedSlot + delta);
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelected();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (selectedIndex() >= 0 && !openPlayer(selectedIndex()))
            m_editor->altEdit()->setFocus(Qt::OtherFocusReason);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MediaStrip::focusInEvent(QFocusEvent *event)
{
    if (m_selectedSlot < 0 && !m_tiles.isEmpty())
        m_selectedSlot = 0;
    updateSelection();
    QWidget::focusInEvent(event);
}

void MediaStrip::focusOutEvent(QFocusEvent *event)
{
    updateSelection();
    QWidget::focusOutEvent(event);
}

int MediaStrip::slotAt(const QPoint &pos) const
{
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const QRect box = m_tiles.at(i)->geometry().translated(
            m_tiles.at(i)->parentWidget()->mapTo(this, QPoint(0, 0)));
        if (pos.y() < box.top() || (pos.y() <= box.bottom() && pos.x() < box.center().x()))
            return i;
    }
    return int(m_tiles.size());
}

void MediaStrip::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    bool wanted = mime->hasFormat(MediaTile::mimeType()) || mime->hasImage();
    if (!wanted && mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        wanted = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
            return url.isLocalFile() && mediaKindForFileName(url.toLocalFile());
        });
    }
    if (!wanted)
        return;
    event->acceptProposedAction();
    m_dropActive = true;
    m_dropSlot = mime->hasFormat(MediaTile::mimeType()) ? slotAt(event->position().toPoint()) : -1;
    update();
}

void MediaStrip::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(MediaTile::mimeType())) {
        const int slot = slotAt(event->position().toPoint());
        if (slot != m_dropSlot) {
            m_dropSlot = slot;
            update();
        }
    }
    event->acceptProposedAction();
}

void MediaStrip::dragLeaveEvent(QDragLeaveEvent *event)
{
    endDrop();
    QWidget::dragLeaveEvent(event);
}

void MediaStrip::endDrop()
{
    m_dropActive = false;
    m_dropSlot = -1;
    update();
}

void MediaStrip::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const int slot = slotAt(event->position().toPoint());
    endDrop();
    if (mime->hasFormat(MediaTile::mimeType())) {
        bool ok = false;
        const int index = mime->data(MediaTile::mimeType()).toInt(&ok);
        if (!ok || index < 0 || index >= m_media->count())
            return;
        int target = slot;
        // Within the beat, the slot was counted with the dragged item in it.
        const QList<int> mine = m_media->indicesOf(m_beat);
        const int from = int(mine.indexOf(index));
        if (from >= 0 && from < target)
            --target;
        m_selectedSlot = target;
        m_media->move(index, m_beat, target);
        event->acceptProposedAction();
        return;
    }
    if (importMimeData(mime))
        event->acceptProposedAction();
}

void MediaStrip::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_dropActive)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor highlight = palette().color(QPalette::Highlight);
    if (m_dropSlot >= 0 && !m_tiles.isEmpty()) {
        // Where the dragged item will land.
        const bool after = m_dropSlot >= int(m_tiles.size());
        const MediaTile *tile = m_tiles.at(after ? m_tiles.size() - 1 : m_dropSlot);
        const QRect box =
            tile->geometry().translated(tile->parentWidget()->mapTo(this, QPoint(0, 0)));
        const int x = after ? box.right() + 3 : box.left() - 3;
        painter.setPen(QPen(highlight, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(x, box.top() + 2, x, box.bottom() - 2);
        return;
    }
    QColor fill = highlight;
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(highlight, 2, Qt::DashLine));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
}

} // namespace Spill
