// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderplace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Spill {

PlaceholderPlace::PlaceholderPlace(const QString &title, const QString &message, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(title);

    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *body = new QLabel(message, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setForegroundRole(QPalette::PlaceholderText);
    body->setMaximumWidth(body->fontMetrics().averageCharWidth() * 60);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    // A word-wrapped label needs its width from the layout, not from an
    // alignment flag, or it shrinks to one clipped line.
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addStretch(1);
    bodyRow->addWidget(body, 4);
    bodyRow->addStretch(1);
    layout->addLayout(bodyRow);
    layout->addStretch(3);
}

} // namespace Spill
