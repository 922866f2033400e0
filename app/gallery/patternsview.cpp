// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternsview.h"

#include "barchart.h"
#include "cardpalette.h"
#include "gallery/percentages.h"
#include "story/story.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Spill {

namespace {

QLabel *chartHeading(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setBuddy(buddy);
    buddy->setAccessibleName(QString(text).remove(QChar(u'&')));
    return label;
}

QString kindLabel(const QString &key)
{
    const auto kind = failureKindFromKey(key);
    return kind ? failureKindLabel(*kind) : key;
}

const QString OutcomeKeys[] = {QStringLiteral("rescued"), QStringLiteral("partly"),
                               QStringLiteral("binned")};

} // namespace

PatternsView::PatternsView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Patterns"));
    const int em = fontMetrics().height();

    m_kinds = new BarChart(BarChart::Style::Horizontal);
    m_months = new BarChart(BarChart::Style::Vertical);
    m_outcomes = new BarChart(BarChart::Style::Stacked);
    m_redemption = new QLabel;
    m_redemption->setObjectName(QStringLiteral("redemptionShare"));
    m_redemption->setWordWrap(true);
    m_redemption->setTextFormat(Qt::RichText);
    m_redemption->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_onThisDay = new OnThisDayCard;
    m_onThisDay->hide();

    auto *hint = new QLabel(tr("Click a bar, or select it and press Enter, to see those stories."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // Kinds beside months, so the month columns take the height of the kind
    // rows; outcomes and the fail from a year ago under them.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(em * 2);
    grid->setVerticalSpacing(em / 2);
    grid->addWidget(chartHeading(tr("Fails by &kind"), m_kinds), 0, 0);
    grid->addWidget(m_kinds, 1, 0, Qt::AlignTop);
    grid->addWidget(chartHeading(tr("Fails by &month, last twelve months"), m_months), 0, 1);
    grid->addWidget(m_months, 1, 1);
    grid->addItem(new QSpacerItem(0, em), 2, 0);
    grid->addWidget(chartHeading(tr("How they &ended"), m_outcomes), 3, 0);
    grid->addWidget(m_outcomes, 4, 0, Qt::AlignTop);
    grid->addWidget(m_redemption, 5, 0, Qt::AlignTop);
    grid->addWidget(m_onThisDay, 3, 1, 2, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(em, em, em, em);
    layout->setSpacing(em);
    layout->addLayout(grid);
    layout->addWidget(hint);
    layout->addStretch(1);

    const auto forward = [this](BarChart *chart, Chart which) {
        connect(chart, &BarChart::activated, this,
                [this, which](int index) { emit filterRequested(filtersFor(which, index)); });
    };
    forward(m_kinds, Chart::FailureKinds);
    forward(m_months, Chart::Months);
    forward(m_outcomes, Chart::Outcomes);
    connect(m_onThisDay, &OnThisDayCard::openRequested, this, &PatternsView::openRequested);
    connect(m_redemption, &QLabel::linkActivated, this, [this] {
        GalleryFilters redeemed;
        redeemed.redemption = RedeemedKey;
        emit filterRequested(redeemed);
    });

    setData({});
}

void PatternsView::setData(const GalleryStats &stats)
{
    m_stats = stats;

    QList<BarChart::Bar> kinds;
    for (const auto &[key, count] : stats.byFailureKind) {
        const QString label = kindLabel(key);
        kinds.append({label, count, CardPalette::failureKindHue(key),
                      tr("%1: %n fails", nullptr, count).arg(label)});
    }
    m_kinds->setBars(kinds);

    QList<BarChart::Bar> months;
    for (const auto &[month, count] : stats.byMonth) {
        const QString name = QLocale().toString(month, QStringLiteral("MMMM yyyy"));
        months.append({QLocale().monthName(month.month(), QLocale::ShortFormat), count, QColor(),
                       tr("%1: %n fails", nullptr, count).arg(name)});
    }
    m_months->setBars(months);

    QList<BarChart::Bar> outcomes;
    const int counts[] = {stats.rescued, stats.partly, stats.binned};
    // Shown as whole percentages that add up to 100, like the chart's labels.
    const QList<int> percents = wholePercentages({stats.rescued, stats.partly, stats.binned});
    for (int i = 0; i < 3; ++i) {
        const auto outcome = outcomeFromKey(OutcomeKeys[i]);
        const QString label = outcomeLabel(*outcome);
        const int percent = percents.at(i);
        outcomes.append({label, counts[i], CardPalette::outcomeHue(OutcomeKeys[i]),
                         tr("%1: %n stories (%2%)", nullptr, counts[i]).arg(label).arg(percent)});
    }
    m_outcomes->setBars(outcomes);

    m_redemption->setText(
        redemptionText(stats).toHtmlEscaped() +
        (stats.redeemed > 0
             ? QStringLiteral(" <a href=\"redeemed\">%1</a>").arg(tr("Show them").toHtmlEscaped())
             : QString()));
    m_redemption->setVisible(stats.fails > 0);
}

QString PatternsView::redemptionText(const GalleryStats &stats)
{
    if (stats.fails <= 0)
        return {};
    const int percent = qRound(100.0 * stats.redeemed / stats.fails);
    QString text =
        tr("%1 of %n fails redeemed (%2%).", nullptr, stats.fails).arg(stats.redeemed).arg(percent);
    if (stats.medianDaysToRedemption) {
        const int days = qRound(*stats.medianDaysToRedemption);
        text += u' ' + tr("Median time to redemption: %n days.", nullptr, days);
    }
    return text;
}

void PatternsView::setOnThisDay(const std::optional<OnThisDay> &story)
{
    if (story)
        m_onThisDay->setStory(*story);
    m_onThisDay->setVisible(story.has_value());
}

BarChart *PatternsView::chart(Chart which) const
{
    switch (which) {
    case Chart::FailureKinds:
        return m_kinds;
    case Chart::Months:
        return m_months;
    case Chart::Outcomes:
        return m_outcomes;
    }
    return nullptr;
}

QRect PatternsView::barRect(Chart which, int index) const
{
    const BarChart *c = chart(which);
    const QRectF local = c->barRect(index);
    if (local.isEmpty())
        return {};
    return QRect(c->mapTo(this, local.topLeft().toPoint()), local.size().toSize());
}

GalleryFilters PatternsView::filtersFor(Chart which, int index) const
{
    GalleryFilters filters;
    switch (which) {
    case Chart::FailureKinds:
        if (index >= 0 && index < m_stats.byFailureKind.size())
            filters.failureKinds = {m_stats.byFailureKind.at(index).first};
        break;
    case Chart::Months:
        if (index >= 0 && index < m_stats.byMonth.size()) {
            const QDate month = m_stats.byMonth.at(index).first;
            filters.from = QDate(month.year(), month.month(), 1);
            filters.to = filters.from.addMonths(1).addDays(-1);
        }
        break;
    case Chart::Outcomes:
        if (index >= 0 && index < 3)
            filters.outcome = OutcomeKeys[index];
        break;
    }
    return filters;
}

} // namespace Spill
