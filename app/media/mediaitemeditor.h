// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QLabel;

namespace Spill {

// The details of the selected photo or clip, edited in place under the
// strip: role, alt text (or decorative) and caption. Every change is
// reported at once; the strip writes it into the story.
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

signals:
    void itemEdited(const Spill::MediaItem &item);
    void playRequested();
    void removeRequested();

private:
    void apply();

    MediaItem m_item;
    bool m_loading = false;
    QLabel *m_summary = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_alt = nullptr;
    QCheckBox *m_decorative = nullptr;
    QLineEdit *m_caption = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Spill
