// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace Spill {

// One photo of the intended-vs-actual pair: the image fitted into a rounded
// frame with a caption under it, or, without an image, a calm placeholder
// that says what is missing.
class PhotoFrame : public QWidget
{
    Q_OBJECT

public:
    PhotoFrame(const QString &caption, const QString &missingText, QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    bool showsPlaceholder() const { return m_image.isNull(); }
    QString placeholderText() const { return m_missing; }
    // Tints the placeholder with a failure kind's hue and glyph (empty: plate).
    void setPlaceholderKind(const QString &kindKey);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF pictureRect() const;

    QString m_caption;
    QString m_missing;
    QString m_kind;
    QImage m_image;
    QPixmap m_scaled; // m_image at the frame's size and pixel ratio
};

} // namespace Spill
