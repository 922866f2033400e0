// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace Spill {

class StoryMedia;
class ThumbnailCache;
class SignatureHalf;

// The story's signature figure: the dream photo and the reality photo side
// by side, large, "intended vs. actual". An empty half offers to add one.
class SignaturePair : public QWidget
{
    Q_OBJECT

public:
    SignaturePair(StoryMedia *media, ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    // The item shown on each side (whole-list index), or -1.
    int dreamIndex() const;
    int realityIndex() const;
    // True once both halves that have an item show its picture.
    bool isLoaded() const;
    QImage dreamImage() const;
    QImage realityImage() const;
    QPushButton *addButton(MediaRole role) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // The creator asked to add a photo for an empty half.
    void addRequested(Spill::MediaRole role);
    void loaded();

private:
    void refresh();
    // Too narrow for the halves side by side: one above the other.
    bool isStacked(int width) const;
    SignatureHalf *half(MediaRole role) const;

    StoryMedia *m_media;
    SignatureHalf *m_dream = nullptr;
    SignatureHalf *m_reality = nullptr;
};

} // namespace Spill
