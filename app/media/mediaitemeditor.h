// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QLabel;

namespace Spill {

// The details of the selected photo or clip, edited in place under the
// strip: role, alt text (or decorative) and caption, and for a photo what
// its file says of how it came to be: when it was taken, with what, and
// whether it was edited after (a mark the creator may turn off, saying
// why). Every change is reported at once; the strip writes it into the story.
class MediaItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MediaItemEditor(QWidget *parent = nullptr);

    // Shows an item without emitting itemEdited().
    void setItem(const MediaItem &item);
    const MediaItem &item() const { return m_item; }

    QComboBox *roleBox() const { return m_role; }
    QLineEdit *altEdit() const { return m_alt; }
    QCheckBox *decorativeBox() const { return m_decorative; }
    QLineEdit *captionEdit() const { return m_caption; }
    QLabel *originLabel() const { return m_origin; }
    QCheckBox *editedMarkBox() const { return m_editedMark; }
    QLineEdit *editedReasonEdit() const { return m_editedReason; }

    // What the file says, a line each: "Taken 20/11/2026 18:42 · Pixel 7",
    // "Last written by Snapseed", "Edited after it was taken" (photos only).
    static QString originSummary(const MediaOrigin &origin, MediaKind kind);

signals:
    void itemEdited(const Spill::MediaItem &item);
    void playRequested();
    void removeRequested();

private:
    void apply();
    void showOrigin();

    MediaItem m_item;
    bool m_loading = false;
    QLabel *m_summary = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_alt = nullptr;
    QCheckBox *m_decorative = nullptr;
    QLineEdit *m_caption = nullptr;
    QLabel *m_origin = nullptr;
    QCheckBox *m_editedMark = nullptr;
    QLineEdit *m_editedReason = nullptr;
    QPushButton *m_play = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Spill
