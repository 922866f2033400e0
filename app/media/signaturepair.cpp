// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturepair.h"

#include "async/continuation.h"
#include "media/thumbnailcache.h"
#include "storymedia.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace Spill {

namespace {

// Large enough to fill half the text column on a high-density screen.
constexpr int PairThumbnailSize = 768;

} // namespace

// One side of the pair: a caption above a picture, or a button to add one.
class SignatureHalf : public QWidget
{
    Q_OBJECT

public:
    SignatureHalf(MediaRole role, ThumbnailCache *thumbnails, QWidget *parent)
        : QWidget(parent)
        , m_role(role)
        , m_thumbnails(thumbnails)
    {
        const int line = fontMetrics().height();
        m_title = new QLabel(role == MediaRole::Dream ? SignaturePair::tr("What I intended")
                                                      : SignaturePair::tr("What I got"));
        QFont font = m_title->font();
        font.setBold(true);
        m_title->setFont(font);
        m_title->setForegroundRole(QPalette::PlaceholderText);
        m_add =
            new QPushButton(role == MediaRole::Dream ? SignaturePair::tr("Add a dream photo")
                                                     : SignaturePair::tr("Add a reality photo"));
        m_add->setObjectName(role == MediaRole::Dream ? QStringLiteral("addDream")
                                                      : QStringLiteral("addReality"));
        m_add->setFlat(true);
        m_add->setCursor(Qt::PointingHandCursor);
        m_add->setMinimumHeight(line * 8);
        m_add->setToolTip(role == MediaRole::Dream
                              ? SignaturePair::tr("The photo of how it should have looked")
                              : SignaturePair::tr("The photo of how it really turned out"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(line / 4);
        layout->addWidget(m_title);
        layout->addWidget(m_add);
        layout->addStretch(1);
        setMinimumHeight(line * 9);
    }

    QPushButton *addButton() const { return m_add; }
    int index() const { return m_index; }
    const QImage &image() const { return m_image; }
    bool isLoaded() const { return m_index < 0 || !m_loading; }

    void display(int index, const MediaItem *item)
    {
        m_index = index;
        m_add->setVisible(!item);
        const QString key =
            item ? item->hash + QString::number(item->posterMs.value_or(0)) : QString();
        if (key == m_key)
            return;
        m_key = key;
        m_image = {};
        m_aspect = 4.0 / 3.0;
        if (item && item->width > 0 && item->height > 0)
            m_aspect = std::clamp(qreal(item->width) / item->height, 0.75, 1.8);
        updateGeometry();
        update();
        if (!item || !m_thumbnails)
            return;
        m_loading = true;
        onResult(m_thumbnails->request(item->hash, QFileInfo(item->file).suffix().toLower(),
                                       PairThumbnailSize, item->posterMs.value_or(0)),
                 this, [this, key](const ThumbnailResult &result) {
                     if (key != m_key)
                         return; // a newer picture was asked for meanwhile
                     m_loading = false;
                     m_image = result.image;
                     update();
                     emit loaded();
                 });
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        if (m_index < 0)
            return minimumHeight();
        return m_title->sizeHint().height() + int(width / m_aspect);
    }

signals:
    void loaded();

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_index < 0) {
            // An empty frame drawn around the add button, so the pair reads
            // as two places waiting for photos.
            QPainter painter(this);
            painter.setRenderHint(QPainter::Antialiasing);
            QColor ink = palette().color(QPalette::Text);
            ink.setAlphaF(0.25f);
            painter.setPen(QPen(ink, 1.5, Qt::DashLine));
            painter.drawRoundedRect(QRectF(m_add->geometry()).adjusted(1, 1, -1, -1), 8, 8);
            return;
        }
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const int top = m_title->geometry().bottom() + fontMetrics().height() / 4;
        const QRectF frame(0, top, width(), height() - top);
        QPainterPath clip;
        clip.addRoundedRect(frame, 8, 8);
        QColor paper = palette().color(QPalette::Text);
        paper.setAlphaF(0.08f);
        painter.fillPath(clip, paper);
        if (m_image.isNull())
            return;
        const QSizeF scaled =
            QSizeF(m_image.size()).scaled(frame.size(), Qt::KeepAspectRatioByExpanding);
        painter.setClipPath(clip);
        painter.drawImage(
            QRectF(frame.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled),
            m_image);
    }

private:
    MediaRole m_role;
    ThumbnailCache *m_thumbnails;
    QLabel *m_title = nullptr;
    QPushButton *m_add = nullptr;
    QImage m_image;
    QString m_key;
    qreal m_aspect = 4.0 / 3.0;
    int m_index = -1;
    bool m_loading = false;
};

SignaturePair::SignaturePair(StoryMedia *media, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_media(media)
{
    setObjectName(QStringLiteral("signaturePair"));
    setAccessibleName(tr("Intended and actual"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_dream = new SignatureHalf(MediaRole::Dream, thumbnails, this);
    m_reality = new SignatureHalf(MediaRole::Reality, thumbnails, this);
    auto *layout = new QHBoxLayout(this);
    const int line = fontMetrics().height();
    // The pair sets its own minimum (see minimumSizeHint()).
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    // Indented like the beats' text, so the figure lines up with it.
    layout->setContentsMargins(line, 0, 0, 0);
    layout->setSpacing(line);
    layout->addWidget(m_dream, 1);
    layout->addWidget(m_reality, 1);

    for (SignatureHalf *half : {m_dream, m_reality}) {
        connect(half, &SignatureHalf::loaded, this, [this] {
            if (isLoaded())
                emit loaded();
        });
    }
    connect(m_dream->addButton(), &QPushButton::clicked, this,
            [this] { emit addRequested(MediaRole::Dream); });
    connect(m_reality->addButton(), &QPushButton::clicked, this,
            [this] { emit addRequested(MediaRole::Reality); });
    connect(m_media, &StoryMedia::changed, this, &SignaturePair::refresh);
    connect(m_media, &StoryMedia::itemChanged, this, &SignaturePair::refresh);
    refresh();
}

bool SignaturePair::isStacked(int width) const
{
    const QMargins margins = layout()->contentsMargins();
    return width < margins.left() + margins.right() + m_dream->minimumSizeHint().width() +
        layout()->spacing() + m_reality->minimumSizeHint().width();
}

int SignaturePair::heightForWidth(int width) const
{
    const QMargins margins = layout()->contentsMargins();
    if (isStacked(width)) {
        const int inner = width - margins.left() - margins.right();
        return m_dream->heightForWidth(inner) + layout()->spacing() +
            m_reality->heightForWidth(inner);
    }
    const int half = (width - margins.left() - margins.right() - layout()->spacing()) / 2;
    return std::max(m_dream->heightForWidth(half), m_reality->heightForWidth(half));
}

QSize SignaturePair::sizeHint() const
{
    const int width = QWidget::sizeHint().width();
    return {width, heightForWidth(width)};
}

QSize SignaturePair::minimumSizeHint() const
{
    // Narrow enough for one half: on a small screen, in a language whose
    // "Add a reality photo" is long, the halves stand one above the other.
    const QMargins margins = layout()->contentsMargins();
    const int width = margins.left() + margins.right() +
        std::max(m_dream->minimumSizeHint().width(), m_reality->minimumSizeHint().width());
    return {width, heightForWidth(width)};
}

void SignaturePair::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    auto *box = static_cast<QBoxLayout *>(layout());
    const QBoxLayout::Direction direction =
        isStacked(width()) ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (box->direction() != direction)
        box->setDirection(direction);
    // The scrolling page does not honour height-for-width, so the pair sets
    // its own height from the width it was given.
    const int wanted = heightForWidth(width());
    if (wanted != height())
        setFixedHeight(wanted);
}

void SignaturePair::refresh()
{
    for (MediaRole role : {MediaRole::Dream, MediaRole::Reality}) {
        const std::optional<int> index = m_media->firstWithRole(role);
        half(role)->display(index.value_or(-1), index ? &m_media->at(*index) : nullptr);
    }
    if (width() > 0)
        setFixedHeight(heightForWidth(width()));
}

SignatureHalf *SignaturePair::half(MediaRole role) const
{
    return role == MediaRole::Dream ? m_dream : m_reality;
}

int SignaturePair::dreamIndex() const
{
    return m_dream->index();
}

int SignaturePair::realityIndex() const
{
    return m_reality->index();
}

bool SignaturePair::isLoaded() const
{
    return m_dream->isLoaded() && m_reality->isLoaded();
}

QImage SignaturePair::dreamImage() const
{
    return m_dream->image();
}

QImage SignaturePair::realityImage() const
{
    return m_reality->image();
}

QPushButton *SignaturePair::addButton(MediaRole role) const
{
    return half(role)->addButton();
}

} // namespace Spill

#include "signaturepair.moc"
