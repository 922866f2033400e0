// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Spill {

// A combo box as wide as its longest choice when there is room, and
// narrower (down to about ten characters, eliding the choice shown) when a
// small screen and a language with long words leave none: a row of them
// then fits a 1024-pixel screen instead of widening the window past it.
// The list that drops down still shows every choice whole.
class FittingComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

    QSize minimumSizeHint() const override
    {
        QSize hint = QComboBox::minimumSizeHint();
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QSize text(fontMetrics().averageCharWidth() * 10, fontMetrics().height());
        const QSize narrow = style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
        hint.setWidth(std::min(hint.width(), narrow.width()));
        return hint;
    }
};

} // namespace Spill
