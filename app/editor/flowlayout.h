// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace Spill {

// Lays items out left to right and wraps them onto new rows, like words in a
// paragraph. Used for the failure-kind chips, whose count and label widths
// change with the language.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items inside rect (or only measures when dryRun) and
    // returns the height used.
    int arrange(const QRect &rect, bool dryRun) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace Spill
