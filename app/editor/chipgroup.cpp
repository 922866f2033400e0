// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipgroup.h"

#include "flowlayout.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>

namespace Spill {

namespace {

// A rounded, pill-shaped toggle drawn from the palette alone: outlined when
// off, filled with the highlight when on, with a ring when it has focus.
class Chip : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        const QFontMetrics metrics = fontMetrics();
        const int line = metrics.height();
        return {metrics.horizontalAdvance(text()) + line * 3 / 2, line * 17 / 10};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const int line = fontMetrics().height();
        const qreal pen = std::max(1.0, line / 14.0);
        const QRectF box = QRectF(rect()).adjusted(pen * 1.5, pen * 1.5, -pen * 1.5, -pen * 1.5);
        const qreal radius = box.height() / 2;

        QColor fill = isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base);
        if (underMouse() && isEnabled())
            fill = isChecked() ? fill.lighter(110) : pal.color(QPalette::AlternateBase);
        QColor border = isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
        painter.setPen(QPen(border, pen));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, radius, radius);

        if (hasFocus()) {
            // On a filled chip a highlight ring would vanish into the fill.
            const QColor ring = pal.color(isChecked() ? QPalette::Text : QPalette::Highlight);
            painter.setPen(QPen(ring, pen * 2));
            painter.setBrush(Qt::NoBrush);
            const QRectF outer = QRectF(rect()).adjusted(pen, pen, -pen, -pen);
            painter.drawRoundedRect(outer, outer.height() / 2, outer.height() / 2);
        }

        painter.setPen(pal.color(isChecked() ? QPalette::HighlightedText : QPalette::ButtonText));
        painter.drawText(box, Qt::AlignCenter, text());
    }
};

} // namespace

ChipGroup::ChipGroup(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Failure kinds"));
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int gap = fontMetrics().height() / 3;
    layout->setSpacing(gap);

    for (FailureKind kind : allFailureKinds()) {
        auto *chip = new Chip(this);
        chip->setObjectName(QStringLiteral("chip_") + failureKindKey(kind));
        chip->setProperty("spillChip", true);
        chip->setText(failureKindLabel(kind));
        chip->setAccessibleName(failureKindLabel(kind));
        chip->setAccessibleDescription(tr("Failure kind; Space toggles it"));
        chip->setCheckable(true);
        chip->setAttribute(Qt::WA_Hover);
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(chip, &QToolButton::toggled, this, [this] { emit selectionEdited(); });
        chip->installEventFilter(this);
        layout->addWidget(chip);
        m_chips.append(chip);
    }
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // The group is its label's buddy: Alt+K gives it the focus, which it
    // hands to the first chip (focusInEvent()). A chip itself as the buddy
    // would be clicked by the label's key, toggling a kind the creator
    // never chose. Click focus only: Tab stops at the chips, not the group.
    // (Not a focus proxy: Qt reorders the tab chain around one.)
    setFocusPolicy(Qt::ClickFocus);
}

void ChipGroup::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (!m_chips.isEmpty())
        m_chips.constFirst()->setFocus(event->reason());
}

QList<FailureKind> ChipGroup::selected() const
{
    QList<FailureKind> kinds;
    const QList<FailureKind> all = allFailureKinds();
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        if (m_chips.at(i)->isChecked())
            kinds.append(all.at(i));
    }
    return kinds;
}

void ChipGroup::setSelected(const QList<FailureKind> &kinds)
{
    const QList<FailureKind> all = allFailureKinds();
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        const QSignalBlocker blocker(m_chips.at(i));
        m_chips.at(i)->setChecked(kinds.contains(all.at(i)));
    }
}

QToolButton *ChipGroup::chip(FailureKind kind) const
{
    return m_chips.value(allFailureKinds().indexOf(kind));
}

bool ChipGroup::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys step between chips as well as Tab, like in a toolbar.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const qsizetype at = m_chips.indexOf(static_cast<QToolButton *>(watched));
        int step = 0;
        if (key == Qt::Key_Right || key == Qt::Key_Down)
            step = isRightToLeft() && key == Qt::Key_Right ? -1 : 1;
        else if (key == Qt::Key_Left || key == Qt::Key_Up)
            step = isRightToLeft() && key == Qt::Key_Left ? 1 : -1;
        if (at >= 0 && step != 0) {
            const qsizetype next = at + step;
            if (next >= 0 && next < m_chips.size())
                m_chips.at(next)->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ChipGroup::hasHeightForWidth() const
{
    return true;
}

int ChipGroup::heightForWidth(int width) const
{
    return layout()->heightForWidth(width);
}

} // namespace Spill
