// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace Spill {

// A small painted bar chart whose bars are buttons: click one, or move with
// the arrow keys and press Enter, and it emits activated(index).
//
// Painted with QPainter rather than Qt Charts: three simple charts do not
// justify another library to load at start-up (Qt Charts pulls in its own
// scene-graph of QGraphicsItems), painting follows the palette and the font
// for free, and it stays crisp at any pixel ratio.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    enum class Style {
        Horizontal, // one labelled row per bar, e.g. fails by kind
        Vertical, // columns with labels underneath, e.g. fails by month
        Stacked, // one bar split into shares, with a legend, e.g. outcomes
    };

    struct Bar
    {
        QString label;
        int value = 0;
        QColor color; // invalid: the palette's highlight
        QString description; // tooltip and screen-reader text, with the number
    };

    explicit BarChart(Style style, QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    QList<Bar> bars() const { return m_bars; }
    int count() const { return static_cast<int>(m_bars.size()); }

    // Where bar `index` can be clicked, in this widget's coordinates.
    QRectF barRect(int index) const;
    int indexAt(const QPointF &pos) const;

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated(int index);
    void currentIndexChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Parts
    {
        QRectF hit; // what a click hits
        QRectF bar; // the filled shape
        QRectF track; // the full length a bar could have
        QRectF label;
        QRectF value;
    };
    Parts partsOf(int index) const;
    int maxValue() const;
    int total() const;
    QFont smallFont() const;
    void updateDescription();

    Style m_style;
    QList<Bar> m_bars;
    QList<int> m_percents; // each bar's share of the total; they add up to 100
    int m_current = -1;
    int m_hover = -1;
    int m_pressed = -1;
};

} // namespace Spill
