// SPDX-License-Identifier: GPL-3.0-or-later
#include "onthisdaycard.h"

#include "cardpalette.h"
#include "failureglyphs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spill {

namespace {

// The story's picture, cropped to a rounded square.
class Tile : public QWidget
{
public:
    explicit Tile(const OnThisDay *story)
        : m_story(story)
    {
        const int side = fontMetrics().height() * 5;
        setFixedSize(side, side);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        const qreal radius = fontMetrics().height() * 0.45;
        QPainterPath clip;
        clip.addRoundedRect(QRectF(rect()), radius, radius);
        painter.setClipPath(clip);
        const QImage &image = m_story->thumbnail;
        if (image.isNull()) {
            paintFailurePlaceholder(&painter, QRectF(rect()), m_story->failureKind, palette(),
                                    0.55);
            return;
        }
        const qreal dpr = devicePixelRatioF();
        const QSize target = (QSizeF(size()) * dpr).toSize();
        const QImage scaled =
            image.scaled(target, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        const QRect crop((scaled.width() - target.width()) / 2,
                         (scaled.height() - target.height()) / 2, target.width(), target.height());
        painter.drawImage(QRectF(rect()), scaled, QRectF(crop));
    }

private:
    const OnThisDay *m_story;
};

} // namespace

OnThisDayCard::OnThisDayCard(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("On this day"));
    const int em = fontMetrics().height();
    m_thumbnail = new Tile(&m_story);

    auto *heading = new QLabel(tr("On this day, a year ago"));
    heading->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_when = new QLabel;
    m_when->setTextFormat(Qt::PlainText);
    m_when->setForegroundRole(QPalette::PlaceholderText);
    m_open = new QPushButton(tr("Open story"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_story.storyId)
            emit openRequested(m_story.storyId);
    });

    auto *text = new QVBoxLayout;
    text->setSpacing(em / 4);
    text->addWidget(heading);
    text->addWidget(m_title);
    text->addWidget(m_when);
    text->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    text->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(em * 0.8, em * 0.8, em * 0.8, em * 0.8);
    layout->setSpacing(em);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void OnThisDayCard::setStory(const OnThisDay &story)
{
    m_story = story;
    m_title->setText(story.title.isEmpty() ? tr("Untitled story") : story.title);
    QStringList when;
    if (!story.dish.isEmpty())
        when << story.dish;
    if (story.created.isValid())
        when << QLocale().toString(story.created.date(), QLocale::LongFormat);
    m_when->setText(when.join(QStringLiteral("  ·  ")));
    m_open->setAccessibleDescription(tr("Opens %1").arg(m_title->text()));
    setAccessibleDescription(m_title->text() + QStringLiteral(", ") + m_when->text());
    m_thumbnail->update();
}

void OnThisDayCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = fontMetrics().height() * 0.6;
    painter.setPen(CardPalette::hairline(palette()));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace Spill
