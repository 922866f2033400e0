// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookcloserpanel.h"

#include "cardpalette.h"
#include "photoframe.h"
#include "story/story.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Spill {

namespace {

constexpr int FirstLineMax = 160;

// Markdown to what a reader sees, so asterisks and links do not show.
QString plainText(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText().trimmed();
}

QString firstLine(const QString &markdown)
{
    const QStringList lines = plainText(markdown).split(QChar(u'\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() <= FirstLineMax)
            return trimmed;
        return trimmed.left(FirstLineMax).trimmed() + QChar(0x2026);
    }
    return {};
}

// A soft box with an accent stripe, for the lesson.
class TipBox : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor hue = CardPalette::outcomeHue(QStringLiteral("rescued"));
        const qreal radius = fontMetrics().height() * 0.45;
        painter.setPen(Qt::NoPen);
        painter.setBrush(CardPalette::tint(palette(), hue, 0.8));
        painter.drawRoundedRect(QRectF(rect()), radius, radius);
        painter.setBrush(CardPalette::ink(palette(), hue));
        painter.drawRoundedRect(QRectF(0, 0, radius * 0.6, height()), radius * 0.3, radius * 0.3);
    }
};

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace

LookCloserPanel::LookCloserPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Look closer"));
    const int em = fontMetrics().height();

    auto *empty = new QLabel(tr("Select a story to look closer."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() > 0 ? titleFont.pointSizeF() * 1.45 : 15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_meta = new QLabel;
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_dream = new PhotoFrame(tr("Intended"), tr("No dream photo yet"));
    m_dream->setObjectName(QStringLiteral("dreamPhoto"));
    m_reality = new PhotoFrame(tr("Actual"), tr("No reality photo yet"));
    m_reality->setObjectName(QStringLiteral("realityPhoto"));
    auto *pair = new QHBoxLayout;
    pair->setSpacing(em);
    pair->addWidget(m_dream, 1);
    pair->addWidget(m_reality, 1);

    m_tip = new TipBox;
    m_lesson = new QLabel;
    m_lesson->setWordWrap(true);
    m_lesson->setTextFormat(Qt::PlainText);
    m_lesson->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tipLayout = new QVBoxLayout(m_tip);
    tipLayout->setContentsMargins(em * 1.2, em * 0.7, em * 0.9, em * 0.8);
    tipLayout->setSpacing(em / 4);
    tipLayout->addWidget(heading(tr("Lesson")));
    tipLayout->addWidget(m_lesson);
    m_tip->setAccessibleName(tr("Lesson"));

    m_beats = new QWidget;
    auto *beatsLayout = new QGridLayout(m_beats);
    beatsLayout->setContentsMargins(0, 0, 0, 0);
    beatsLayout->setHorizontalSpacing(em);
    beatsLayout->setVerticalSpacing(em / 2);
    beatsLayout->setColumnStretch(1, 1);
    for (int i = 0; i < BeatCount; ++i) {
        auto *name = new QLabel(beatTitle(AllBeats.at(i)));
        name->setForegroundRole(QPalette::PlaceholderText);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *line = new QLabel;
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText);
        line->setAccessibleName(beatTitle(AllBeats.at(i)));
        beatsLayout->addWidget(name, i, 0);
        beatsLayout->addWidget(line, i, 1);
        m_beatLabels.append(line);
    }

    m_open = new QPushButton(tr("&Open in Write"));
    m_open->setAccessibleDescription(tr("Opens this story in the guided editor"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_storyId)
            emit openRequested(m_storyId);
    });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(em, em, em, em);
    layout->setSpacing(em * 0.8);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addLayout(pair);
    layout->addWidget(m_tip);
    layout->addWidget(heading(tr("The five beats")));
    layout->addWidget(m_beats);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pages = new QStackedWidget;
    m_pages->addWidget(empty);
    m_pages->addWidget(scroll);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    clear();
}

void LookCloserPanel::setStory(const Story &story)
{
    m_storyId = story.id;
    m_title->setText(story.title.isEmpty() ? tr("Untitled story") : story.title);

    QStringList meta;
    if (!story.dish.isEmpty())
        meta << story.dish;
    if (story.created.isValid())
        meta << QLocale().toString(story.created.date(), QLocale::LongFormat);
    QStringList kinds;
    for (const FailureKind kind : story.failureKinds)
        kinds << failureKindLabel(kind);
    if (!kinds.isEmpty())
        meta << kinds.join(QStringLiteral(", "));
    if (story.outcome)
        meta << outcomeLabel(*story.outcome);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_meta->setVisible(!meta.isEmpty());

    const QString kindKey =
        story.failureKinds.isEmpty() ? QString() : failureKindKey(story.failureKinds.first());
    m_dream->setPlaceholderKind(QString());
    m_reality->setPlaceholderKind(kindKey);

    const QString lesson = plainText(story.beat(Beat::Lesson));
    m_lesson->setText(lesson);
    m_tip->setVisible(!lesson.isEmpty());

    bool anyBeat = false;
    auto *grid = static_cast<QGridLayout *>(m_beats->layout());
    for (int i = 0; i < BeatCount; ++i) {
        const QString line = firstLine(story.beat(AllBeats.at(i)));
        m_beatLabels.at(i)->setText(line);
        m_beatLabels.at(i)->setVisible(!line.isEmpty());
        grid->itemAtPosition(i, 0)->widget()->setVisible(!line.isEmpty());
        anyBeat = anyBeat || !line.isEmpty();
    }
    m_beats->setVisible(anyBeat);
    m_open->setEnabled(m_storyId != 0);
    m_pages->setCurrentIndex(1);
}

void LookCloserPanel::setPair(const QImage &dream, const QImage &reality)
{
    m_dream->setImage(dream);
    m_reality->setImage(reality);
}

void LookCloserPanel::clear()
{
    m_storyId = 0;
    setPair({}, {});
    m_pages->setCurrentIndex(0);
}

QString LookCloserPanel::lessonText() const
{
    return m_lesson->text();
}

QStringList LookCloserPanel::beatLines() const
{
    QStringList lines;
    for (int i = 0; i < BeatCount; ++i) {
        if (!m_beatLabels.at(i)->text().isEmpty())
            lines << beatTitle(AllBeats.at(i)) + QStringLiteral(": ") + m_beatLabels.at(i)->text();
    }
    return lines;
}

} // namespace Spill
