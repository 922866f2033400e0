// SPDX-License-Identifier: GPL-3.0-or-later
// Text that does not fit: the labels and buttons on show whose words are
// cut off where the creator has no way to see the rest. Used by the
// pseudo-localisation and the small-screen tests.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace Spill::Test {

// Whether `widget`, inside a scroll area's page, runs past the right edge of
// a scroll area that cannot scroll sideways (or the left): cut off, then.
inline bool runsPastScrollArea(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(w);
        if (!area)
            continue;
        if (area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            return false;
        const QWidget *viewport = area->viewport();
        if (!viewport->isAncestorOf(widget))
            return false; // the area's own parts (a corner, a bar), not its page
        const QRect shown(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        return shown.left() < 0 || shown.right() > viewport->width();
    }
    return false;
}

// Whether `widget` is inside a scroll area's page.
inline bool scrolls(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w))
            return area->viewport()->isAncestorOf(widget);
    }
    return false;
}

// The labels and buttons on show whose text does not fit them.
inline QStringList clipped(QWidget *root)
{
    QStringList found;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isVisibleTo(root))
            continue;
        QString text;
        bool cut = false;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            text = label->text();
            if (text.isEmpty() || label->pixmap().isNull() == false)
                continue;
            if (label->wordWrap())
                cut = label->height() < label->heightForWidth(label->width());
            else
                cut = label->width() < label->sizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
            if (text.isEmpty())
                continue;
            cut = button->width() < button->sizeHint().width();
        } else {
            continue;
        }
        // Inside a scroll area, a widget short of its width is reached by
        // scrolling; one running past an edge that cannot scroll is not.
        if (scrolls(widget))
            cut = runsPastScrollArea(widget);
        if (cut)
            found << QStringLiteral("%1 \"%2\" (%3x%4, wants %5x%6)")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                         .arg(widget->width())
                         .arg(widget->height())
                         .arg(widget->sizeHint().width())
                         .arg(widget->sizeHint().height());
    }
    return found;
}

} // namespace Spill::Test
