// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediastrip.h"

#include "document/mediastripmodel.h"
#include "media/mediaformats.h"
#include "media/thumbnailcache.h"
#include "mediaimportqueue.h"
#include "mediaitemeditor.h"
#include "mediastripview.h"
#include "mediathumbnailmodel.h"
#include "mediatiledelegate.h"
#include "shell/widgetkeys.h"
#include "storymedia.h"
#include "videomodule.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
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
    m_add->setText(tr("Add photo or clip…"));
    m_add->setToolTip(tr("Or drop files here, or paste a photo with Ctrl+V"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_add, &QToolButton::clicked, this, [this] { chooseFiles(); });

    m_model = new MediaStripModel(beat, this);
    m_tiles = new MediaThumbnailModel(m_model, m_thumbnails, this);
    connect(m_tiles, &MediaThumbnailModel::thumbnailsReady, this, &MediaStrip::thumbnailsReady);
    m_view = new MediaStripView(new MediaTileDelegate(line * TileLines, this));
    m_view->setObjectName(QStringLiteral("mediaTiles"));
    m_view->setAccessibleName(accessibleName());
    m_view->setAccessibleDescription(accessibleDescription());
    m_view->setModel(m_tiles);
    m_view->installEventFilter(this);
    setFocusProxy(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MediaStrip::updateSelection);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openPlayer(m_model->storyIndex(index.row())); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MediaStrip::rowChanged);
    // A removed row takes the selection to its neighbour; the details follow.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MediaStrip::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MediaStrip::updateSelection);

    auto *tileRow = new QHBoxLayout;
    tileRow->setContentsMargins(0, 0, 0, 0);
    tileRow->setSpacing(0);
    tileRow->addWidget(m_view);
    tileRow->addSpacing(line / 3);
    tileRow->addWidget(m_add, 0, Qt::AlignTop);
    tileRow->addStretch(1);

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
    layout->addLayout(tileRow);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_messageRow);
    layout->addWidget(m_editor);

    // The rows follow the document StoryMedia shows, whichever it is.
    connect(m_media, &StoryMedia::changed, this, [this] {
        if (m_model->document() != m_media->document())
            m_model->setDocument(m_media->document());
    });
    m_model->setDocument(m_media->document());
    // The details editor belongs to the selection, and the selection to the
    // strip being worked in: leaving the strip folds the details away;
    // coming to it by keyboard selects its first item.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_view) {
            if (selectedSlot() < 0 && m_model->rowCount() > 0)
                selectSlot(0);
        } else if (now && !isAncestorOf(now) && now != this && !now->isWindow() &&
                   now->window() == window()) {
            m_view->selectionModel()->clear();
        }
        m_view->viewport()->update(); // the ring shows whether the keys act here
    });
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

void MediaStrip::rowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int slot = selectedSlot();
    if (slot >= topLeft.row() && slot <= bottomRight.row())
        m_editor->setItem(m_model->item(slot));
}

int MediaStrip::selectedSlot() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int MediaStrip::selectedIndex() const
{
    return m_model->storyIndex(selectedSlot());
}

void MediaStrip::selectSlot(int slot)
{
    if (m_model->rowCount() == 0) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->setCurrentIndex(m_tiles->index(std::clamp(slot, 0, m_model->rowCount() - 1), 0));
}

void MediaStrip::updateSelection()
{
    const int slot = selectedSlot();
    m_editor->setVisible(slot >= 0);
    if (slot >= 0)
        m_editor->setItem(m_model->item(slot));
}

void MediaStrip::moveSelected(int delta)
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const int target = selectedSlot() + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // The row moves, and the selection with it.
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
        if (watched == m_view)
            return handleKey(key);
        if (key->matches(QKeySequence::Paste) && pasteFromClipboard(true))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MediaStrip::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool MediaStrip::handleKey(QKeyEvent *event)
{
    const int slot = selectedSlot();
    if (isWidgetKey(event, WidgetKey::MediaPaste))
        pasteFromClipboard(false);
    else if (isWidgetKey(event, WidgetKey::MediaPrevious))
        selectSlot(slot < 0 ? 0 : slot - 1);
    else if (isWidgetKey(event, WidgetKey::MediaNext))
        selectSlot(slot < 0 ? 0 : slot + 1);
    else if (isWidgetKey(event, WidgetKey::MediaEarlier))
        moveSelected(-1);
    else if (isWidgetKey(event, WidgetKey::MediaLater))
        moveSelected(1);
    else if (isWidgetKey(event, WidgetKey::MediaFirst))
        selectSlot(0);
    else if (isWidgetKey(event, WidgetKey::MediaLast))
        selectSlot(m_model->rowCount() - 1);
    else if (isWidgetKey(event, WidgetKey::MediaRemove))
        removeSelected();
    else if (isWidgetKey(event, WidgetKey::MediaOpen)) {
        if (selectedIndex() >= 0 && !openPlayer(selectedIndex()))
            m_editor->altEdit()->setFocus(Qt::OtherFocusReason);
    } else
        return false;
    return true;
}

int MediaStrip::slotAt(const QPoint &pos) const
{
    const QPoint origin = m_view->viewport()->mapTo(this, QPoint(0, 0));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QRect box = m_view->visualRect(m_tiles->index(row, 0)).translated(origin);
        if (pos.y() < box.top() || (pos.y() <= box.bottom() && pos.x() < box.center().x()))
            return row;
    }
    return m_model->rowCount();
}

void MediaStrip::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    bool wanted = mime->hasFormat(MediaStripModel::mimeType()) || mime->hasImage();
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
    m_dropSlot =
        mime->hasFormat(MediaStripModel::mimeType()) ? slotAt(event->position().toPoint()) : -1;
    m_view->setDropSlot(m_dropSlot);
    update();
}

void MediaStrip::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(MediaStripModel::mimeType())) {
        const int slot = slotAt(event->position().toPoint());
        if (slot != m_dropSlot) {
            m_dropSlot = slot;
            m_view->setDropSlot(slot);
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
    m_view->setDropSlot(-1);
    update();
}

void MediaStrip::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const int slot = slotAt(event->position().toPoint());
    endDrop();
    if (mime->hasFormat(MediaStripModel::mimeType())) {
        bool ok = false;
        const int index = mime->data(MediaStripModel::mimeType()).toInt(&ok);
        if (!ok || index < 0 || index >= m_media->count())
            return;
        int target = slot;
        // Within the beat, the slot was counted with the dragged item in it.
        const QList<int> mine = m_media->indicesOf(m_beat);
        const int from = int(mine.indexOf(index));
        if (from >= 0 && from < target)
            --target;
        m_media->move(index, m_beat, target);
        selectSlot(target);
        event->acceptProposedAction();
        return;
    }
    if (importMimeData(mime))
        event->acceptProposedAction();
}

void MediaStrip::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // A tile dragged within the strips: the view shows where it lands.
    if (!m_dropActive || (m_dropSlot >= 0 && m_model->rowCount() > 0))
        return;
    // Files from elsewhere: the whole strip takes them.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(highlight, 2, Qt::DashLine));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
}

} // namespace Spill
