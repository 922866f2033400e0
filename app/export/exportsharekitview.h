// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Spill {

struct ShareKit;

// Under the preview, when the export makes a share kit: its pictures small,
// each with its alt text as tooltip and for screen readers, the caption with
// its length, and Copy Caption. Hidden without a kit.
class ExportShareKitView : public QWidget
{
    Q_OBJECT

public:
    explicit ExportShareKitView(QWidget *parent = nullptr);

    // `thumbnails` are the kit's pictures made small, in the same order.
    void showKit(const ShareKit &kit, const QList<QImage> &thumbnails);
    void clear();

    QList<QLabel *> pictures() const { return m_pictures; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    QLabel *lengthLabel() const { return m_length; }
    QPushButton *copyCaptionButton() const { return m_copy; }
    QPushButton *copyAltTextButton() const { return m_copyAlt; }

private:
    QHBoxLayout *m_row = nullptr;
    QList<QLabel *> m_pictures;
    QLabel *m_none = nullptr;
    QPlainTextEdit *m_caption = nullptr;
    QLabel *m_length = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_copyAlt = nullptr;
    QString m_altText;
};

} // namespace Spill
