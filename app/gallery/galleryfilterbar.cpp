// SPDX-License-Identifier: GPL-3.0-or-later
#include "galleryfilterbar.h"

#include "shell/fittingcombobox.h"
#include "story/story.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spill {

namespace {

constexpr int DefaultDebounceMs = 150;

QComboBox *makeCombo(const QString &anyText, const QString &accessibleName)
{
    auto *combo = new FittingComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(anyText, QString());
    combo->setAccessibleName(accessibleName);
    return combo;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int row = combo->findData(data);
    combo->setCurrentIndex(row >= 0 ? row : 0);
}

} // namespace

GalleryFilterBar::GalleryFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Find stories"));

    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search titles, dishes and beats"));
    m_search->setAccessibleName(tr("Search stories"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_kind = makeCombo(tr("All failure kinds"), tr("Failure kind"));
    for (const FailureKind kind : allFailureKinds())
        m_kind->addItem(failureKindLabel(kind), failureKindKey(kind));

    m_tag = new FittingComboBox;
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->lineEdit()->setPlaceholderText(tr("Any tag"));
    m_tag->lineEdit()->setClearButtonEnabled(true);
    m_tag->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_tag->completer()->setFilterMode(Qt::MatchContains);
    m_tag->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_outcome = makeCombo(tr("Any outcome"), tr("Outcome"));
    for (const Outcome outcome : {Outcome::Rescued, Outcome::Partly, Outcome::Binned})
        m_outcome->addItem(outcomeLabel(outcome), outcomeKey(outcome));

    m_status = makeCombo(tr("Any status"), tr("Status"));
    for (const Status status : {Status::Draft, Status::Ready, Status::Published})
        m_status->addItem(statusLabel(status), statusKey(status));

    m_redemption = makeCombo(tr("Redeemed or not"), tr("Redemption"));
    m_redemption->addItem(tr("Redeemed"), QString(RedeemedKey));
    m_redemption->addItem(tr("Not redeemed yet"), QString(NotYetRedeemedKey));

    m_dateRange = new QCheckBox(tr("&Between"));
    m_dateRange->setAccessibleName(tr("Only stories created between two dates"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addYears(-1));
    m_to = new QDateEdit(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created until"));
    auto *andLabel = new QLabel(tr("and"));

    m_sort = new FittingComboBox;
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->addItem(tr("Date created"), int(GalleryFilters::Sort::Created));
    m_sort->addItem(tr("Last updated"), int(GalleryFilters::Sort::Updated));
    m_sort->addItem(tr("Title"), int(GalleryFilters::Sort::Title));
    m_direction = new QToolButton;
    m_direction->setCheckable(true);
    m_direction->setChecked(true);
    m_direction->setAccessibleName(tr("Sort direction"));
    m_direction->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_direction->setFocusPolicy(Qt::StrongFocus);

    m_clear = new QToolButton;
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setFocusPolicy(Qt::StrongFocus);
    m_clear->setAutoRaise(true);

    m_count = new QLabel;
    m_count->setAccessibleName(tr("Stories shown"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *sortLabel = new QLabel(tr("&Sort:"));
    sortLabel->setBuddy(m_sort);

    // Two rows that each fit a 1024-pixel screen beside the sidebar: the
    // search, the dates and the order above; the filters and the count below.
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(fontMetrics().height() / 2);
    top->addWidget(m_dateRange);
    top->addWidget(m_from);
    top->addWidget(andLabel);
    top->addWidget(m_to);
    top->addSpacing(fontMetrics().height() / 2);
    top->addWidget(sortLabel);
    top->addWidget(m_sort);
    top->addWidget(m_direction);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_kind);
    bottom->addWidget(m_tag);
    bottom->addWidget(m_outcome);
    bottom->addWidget(m_status);
    bottom->addWidget(m_redemption);
    bottom->addWidget(m_clear);
    bottom->addStretch(1);
    bottom->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bottom);

    setTabOrder(m_search, m_dateRange);
    setTabOrder(m_dateRange, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_sort);
    setTabOrder(m_sort, m_direction);
    setTabOrder(m_direction, m_kind);
    setTabOrder(m_kind, m_tag);
    setTabOrder(m_tag, m_outcome);
    setTabOrder(m_outcome, m_status);
    setTabOrder(m_status, m_redemption);
    setTabOrder(m_redemption, m_clear);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GalleryFilterBar::emitIfChanged);

    connect(m_search, &QLineEdit::textChanged, this, &GalleryFilterBar::scheduleEmit);
    connect(m_tag, &QComboBox::currentTextChanged, this, &GalleryFilterBar::scheduleEmit);
    for (QComboBox *combo : {m_kind, m_outcome, m_status, m_redemption, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &GalleryFilterBar::emitIfChanged);
    connect(m_direction, &QToolButton::toggled, this, &GalleryFilterBar::emitIfChanged);
    connect(m_dateRange, &QCheckBox::toggled, this, &GalleryFilterBar::emitIfChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &GalleryFilterBar::emitIfChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &GalleryFilterBar::emitIfChanged);
    connect(m_clear, &QToolButton::clicked, this, &GalleryFilterBar::clearFilters);

    m_emitted = filters();
    m_clear->setEnabled(false);
    updateDateEdits();
    setCount(0, 0);
}

GalleryFilters GalleryFilterBar::filters() const
{
    GalleryFilters f;
    f.text = m_search->text();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        f.failureKinds = {kind};
    f.tag = m_tag->currentText().trimmed();
    f.outcome = m_outcome->currentData().toString();
    f.status = m_status->currentData().toString();
    f.redemption = m_redemption->currentData().toString();
    if (m_dateRange->isChecked()) {
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
    }
    f.sort = static_cast<GalleryFilters::Sort>(m_sort->currentData().toInt());
    f.descending = m_direction->isChecked();
    return f;
}

void GalleryFilterBar::setFilters(const GalleryFilters &filters)
{
    m_updating = true;
    m_search->setText(filters.text);
    selectData(m_kind, filters.failureKinds.value(0));
    m_tag->setCurrentText(filters.tag);
    selectData(m_outcome, filters.outcome);
    selectData(m_status, filters.status);
    selectData(m_redemption, filters.redemption);
    const bool dated = filters.from.isValid() || filters.to.isValid();
    m_dateRange->setChecked(dated);
    if (dated) {
        const QDate to = filters.to.isValid() ? filters.to : QDate::currentDate();
        m_from->setDate(filters.from.isValid() ? filters.from : to.addYears(-1));
        m_to->setDate(to);
    }
    selectData(m_sort, int(filters.sort));
    m_direction->setChecked(filters.descending);
    m_updating = false;
    emitIfChanged();
}

void GalleryFilterBar::clearFilters()
{
    GalleryFilters cleared;
    const GalleryFilters current = filters();
    cleared.sort = current.sort;
    cleared.descending = current.descending;
    setFilters(cleared);
}

void GalleryFilterBar::setTags(const QStringList &tags)
{
    const QString current = m_tag->currentText();
    m_updating = true;
    m_tag->clear();
    m_tag->addItems(tags);
    m_tag->setCurrentText(current);
    m_updating = false;
}

void GalleryFilterBar::setCount(int shown, int total)
{
    if (shown == total)
        m_count->setText(tr("%n stories", nullptr, total));
    else
        m_count->setText(tr("%1 of %n stories", nullptr, total).arg(shown));
}

QString GalleryFilterBar::countText() const
{
    return m_count->text();
}

void GalleryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int GalleryFilterBar::debounceInterval() const
{
    return m_debounce->interval();
}

void GalleryFilterBar::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void GalleryFilterBar::scheduleEmit()
{
    if (!m_updating)
        m_debounce->start();
}

void GalleryFilterBar::emitIfChanged()
{
    if (m_updating)
        return;
    m_debounce->stop();
    updateDateEdits();
    const GalleryFilters current = filters();
    m_clear->setEnabled(current.narrows());
    if (current == m_emitted)
        return;
    m_emitted = current;
    emit filtersChanged(current);
}

void GalleryFilterBar::updateDateEdits()
{
    m_from->setEnabled(m_dateRange->isChecked());
    m_to->setEnabled(m_dateRange->isChecked());
    const bool byTitle = m_sort->currentData().toInt() == int(GalleryFilters::Sort::Title);
    const bool descending = m_direction->isChecked();
    m_direction->setText(byTitle ? (descending ? tr("Z to A") : tr("A to Z"))
                                 : (descending ? tr("Newest first") : tr("Oldest first")));
    m_direction->setToolTip(descending ? tr("Descending order") : tr("Ascending order"));
}

} // namespace Spill
