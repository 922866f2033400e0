// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gallery/galleryfilters.h"
#include "gallery/gallerystats.h"
#include "onthisdaycard.h"

#include <QWidget>

class QLabel;

#include <optional>

namespace Spill {

class BarChart;

// What the creator keeps getting wrong: fails by failure kind, by month and
// how they ended, as three small charts whose bars narrow the gallery, plus
// a fail from a year ago.
class PatternsView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { FailureKinds, Months, Outcomes };

    explicit PatternsView(QWidget *parent = nullptr);

    void setData(const GalleryStats &stats);
    const GalleryStats &data() const { return m_stats; }
    QLabel *redemptionLabel() const { return m_redemption; }

    // "3 of 12 fails redeemed (25%). Median time to redemption: 9 days."
    static QString redemptionText(const GalleryStats &stats);
    void setOnThisDay(const std::optional<OnThisDay> &story); // nullopt hides the card

    BarChart *chart(Chart which) const;
    // Where bar `index` of `which` can be clicked, in this widget's coordinates.
    QRect barRect(Chart which, int index) const;
    // The filters that activating bar `index` of `which` asks for.
    GalleryFilters filtersFor(Chart which, int index) const;

signals:
    void filterRequested(const Spill::GalleryFilters &filters);
    void openRequested(qint64 storyId);

private:
    GalleryStats m_stats;
    QLabel *m_redemption = nullptr;
    BarChart *m_kinds = nullptr;
    BarChart *m_months = nullptr;
    BarChart *m_outcomes = nullptr;
    OnThisDayCard *m_onThisDay = nullptr;
};

} // namespace Spill
