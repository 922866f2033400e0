// SPDX-License-Identifier: GPL-3.0-or-later
#include "beatsteplist.h"

#include "appearance/colourroles.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>

namespace Spill {

namespace {

QString progressText(BeatProgress progress, int words)
{
    switch (progress) {
    case BeatProgress::Empty:
        return BeatStepList::tr("Not started");
    case BeatProgress::Started:
        return BeatStepList::tr("Started · %n words", nullptr, words);
    case BeatProgress::Done:
        return BeatStepList::tr("Done · %n words", nullptr, words);
    }
    return {};
}

// Draws a step as a marker (ring, half-filled ring, filled disc with a
// tick) and two lines of text, all in palette colours.
class StepDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return {line * 12, line * 3};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        const int line = opt.fontMetrics.height();

        // The current step is a quiet tint rather than a solid selection
        // bar: it marks the place without shouting over the page.
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor accent = opt.palette.color(group, QPalette::Highlight);
        const QColor text = opt.palette.color(group, QPalette::Text);
        const bool tinted = selected || opt.state & QStyle::State_MouseOver;
        QPalette groupPalette = opt.palette;
        groupPalette.setCurrentColorGroup(group);
        const QColor muted = Colours::stepMuted(groupPalette, selected);
        if (tinted) {
            const QColor tint = Colours::stepTint(groupPalette, selected);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(tint);
            const qreal radius = line / 3.0;
            painter->drawRoundedRect(QRectF(opt.rect).adjusted(1, 1, -1, -1), radius, radius);
            painter->restore();
        }

        const QRect r = opt.rect.adjusted(line / 2, 0, -line / 2, 0);
        const qreal diameter = line * 0.95;
        const QRectF marker(r.left(), r.center().y() - diameter / 2, diameter, diameter);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const auto progress =
            static_cast<BeatProgress>(index.data(BeatStepList::ProgressRole).toInt());
        const qreal pen = std::max(1.5, line / 10.0);
        const QRectF ring = marker.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
        switch (progress) {
        case BeatProgress::Empty:
            painter->setPen(QPen(muted, pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(ring);
            break;
        case BeatProgress::Started: {
            painter->setPen(QPen(accent, pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(ring);
            QPainterPath half;
            half.moveTo(ring.center());
            half.arcTo(ring, 90, 180);
            half.closeSubpath();
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawPath(half);
            break;
        }
        case BeatProgress::Done: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawEllipse(marker);
            const QColor tickColour = opt.palette.color(group, QPalette::HighlightedText);
            painter->setPen(QPen(tickColour, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            const qreal s = marker.width();
            QPainterPath tick;
            tick.moveTo(marker.left() + s * 0.28, marker.top() + s * 0.52);
            tick.lineTo(marker.left() + s * 0.44, marker.top() + s * 0.68);
            tick.lineTo(marker.left() + s * 0.73, marker.top() + s * 0.35);
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
            break;
        }
        }
        painter->restore();

        const int textLeft = int(marker.right()) + line * 2 / 3;
        const QRect textRect(textLeft, r.top(), r.right() - textLeft, r.height());
        QFont titleFont = opt.font;
        titleFont.setWeight(QFont::DemiBold);
        const QFontMetrics titleMetrics(titleFont);
        const int top =
            textRect.center().y() - (titleMetrics.height() + opt.fontMetrics.height()) / 2;

        painter->save();
        painter->setFont(titleFont);
        painter->setPen(text);
        painter->drawText(QRect(textRect.left(), top, textRect.width(), titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                  Qt::ElideRight, textRect.width()));
        painter->setFont(opt.font);
        painter->setPen(muted);
        const QString sub = progressText(progress, index.data(BeatStepList::WordsRole).toInt());
        painter->drawText(QRect(textRect.left(), top + titleMetrics.height(), textRect.width(),
                                opt.fontMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(sub, Qt::ElideRight, textRect.width()));
        painter->restore();

        if (opt.state & QStyle::State_HasFocus) {
            // A ring in the accent colour, clear on any palette.
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            const qreal width = std::max(1.5, line / 9.0);
            painter->setPen(QPen(accent, width));
            painter->setBrush(Qt::NoBrush);
            const qreal radius = line / 3.0;
            painter->drawRoundedRect(QRectF(opt.rect).adjusted(width, width, -width, -width),
                                     radius, radius);
            painter->restore();
        }
        Q_UNUSED(style);
    }
};

} // namespace

BeatStepList::BeatStepList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Beats"));
    setAccessibleDescription(tr("The five beats of the story; Enter jumps to one"));
    setItemDelegate(new StepDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setAutoFillBackground(false);
    setBackgroundRole(QPalette::Window);

    for (Beat beat : AllBeats) {
        auto *item = new QListWidgetItem(beatTitle(beat), this);
        item->setData(ProgressRole, int(BeatProgress::Empty));
        item->setData(WordsRole, 0);
        item->setData(Qt::AccessibleTextRole,
                      tr("%1: %2").arg(beatTitle(beat), progressText(BeatProgress::Empty, 0)));
    }

    connect(this, &QListWidget::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit beatActivated(AllBeats.at(std::size_t(index.row())));
    });
}

void BeatStepList::setProgress(Beat beat, BeatProgress progress, int words)
{
    QListWidgetItem *step = item(beatIndex(beat));
    if (step->data(ProgressRole).toInt() == int(progress) && step->data(WordsRole).toInt() == words)
        return;
    step->setData(ProgressRole, int(progress));
    step->setData(WordsRole, words);
    step->setData(Qt::AccessibleTextRole,
                  tr("%1: %2").arg(beatTitle(beat), progressText(progress, words)));
}

BeatProgress BeatStepList::progress(Beat beat) const
{
    return static_cast<BeatProgress>(item(beatIndex(beat))->data(ProgressRole).toInt());
}

void BeatStepList::setCurrentBeat(Beat beat)
{
    const QSignalBlocker blocker(this);
    setCurrentRow(beatIndex(beat));
    viewport()->update();
}

int BeatStepList::minimumWidthForWords() const
{
    // As the delegate paints a row: margin, marker, gap, the title in
    // demibold, margin; and the list's frame around it.
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    int widest = 0;
    for (Beat beat : AllBeats)
        widest = std::max(widest, titleMetrics.horizontalAdvance(beatTitle(beat)));
    const int line = fontMetrics().height();
    return line / 2 + line + line * 2 / 3 + widest + line / 2 + 2 * frameWidth() + 2;
}

QSize BeatStepList::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 3 * BeatCount + line};
}

void BeatStepList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
         event->key() == Qt::Key_Space) &&
        currentRow() >= 0) {
        emit beatActivated(AllBeats.at(std::size_t(currentRow())));
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace Spill
