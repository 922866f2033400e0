// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gallery/galleryfilters.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Spill {

// Search box, filters and sort order above the gallery. Emits the whole
// GalleryFilters value whenever any of it changes; typing is debounced so a
// search runs once the creator pauses, not on every key.
class GalleryFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit GalleryFilterBar(QWidget *parent = nullptr);

    GalleryFilters filters() const;
    // Shows `filters` in the controls and emits filtersChanged once when it
    // differs from what was shown (e.g. a bar clicked in the Patterns view).
    void setFilters(const GalleryFilters &filters);

    void setTags(const QStringList &tags); // completion for the tag filter
    void setCount(int shown, int total); // "12 of 340 stories"
    QString countText() const;

    void focusSearch(); // the window binds Ctrl+F to this

    int debounceInterval() const;
    void setDebounceInterval(int milliseconds);

public slots:
    void clearFilters(); // keeps the sort order

signals:
    void filtersChanged(const Spill::GalleryFilters &filters);

private:
    void scheduleEmit(); // for typing
    void emitIfChanged(); // for everything else, and when the debounce fires
    void updateDateEdits();

    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_redemption = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_sort = nullptr;
    QToolButton *m_direction = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    GalleryFilters m_emitted;
    bool m_updating = false;
};

} // namespace Spill
