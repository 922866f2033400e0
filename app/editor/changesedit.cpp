// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesedit.h"

#include "documentwatch.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spill {

namespace {

constexpr int KindRole = Qt::UserRole;

// The kind of a change, picked from a list of labels; stored as its key.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (DeviationKind kind : allDeviationKinds())
            box->addItem(deviationKindLabel(kind), deviationKindKey(kind));
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(KindRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        model->setData(index, box->currentData(), KindRole);
        model->setData(index, box->currentText(), Qt::DisplayRole);
    }
};

} // namespace

ChangesEdit::ChangesEdit(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("changesEdit"));
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("changesToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::toggled, this, &ChangesEdit::setExpanded);

    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setItemDelegateForColumn(KindColumn, new KindDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CauseColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_showing)
            commit(item->column() == SubjectColumn || item->column() == PlannedColumn ||
                   item->column() == ActualColumn);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ChangesEdit::updateButtons);

    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("addChange"));
    connect(m_add, &QPushButton::clicked, this, &ChangesEdit::addChange);
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("removeChange"));
    connect(m_remove, &QPushButton::clicked, this, &ChangesEdit::removeCurrentChange);

    m_body = new QWidget;
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_hint);
    body->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    body->addLayout(buttons);

    // In line with the beats' questions and text (BeatSection's indent).
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(fontMetrics().height(), 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    m_body->hide();
    retranslate();
    updateButtons();
}

void ChangesEdit::retranslate()
{
    const int count = m_table->rowCount();
    m_toggle->setText(count == 0 ? tr("What I changed from the recipe")
                                 : tr("What I changed from the recipe (%n)", nullptr, count));
    m_toggle->setToolTip(tr("Ingredients swapped, times cut, temperatures guessed: readers "
                            "trust a fail that shows what was done differently."));
    m_hint->setText(tr("One row per change. Tick the one you think caused the fail."));
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("About"), tr("The recipe said"), tr("I did"), tr("Caused the fail")});
    m_table->setAccessibleName(tr("What I changed from the recipe"));
    m_toggle->setAccessibleName(tr("What I changed from the recipe"));
    m_table->horizontalHeader()->setAccessibleName(tr("Columns of what I changed"));
    m_table->verticalHeader()->setAccessibleName(tr("Rows of what I changed"));
    m_add->setText(tr("Add Change"));
    m_add->setAccessibleName(m_add->text());
    m_remove->setText(tr("Remove Change"));
    m_remove->setAccessibleName(m_remove->text());
    // The table's corner button, which selects every cell.
    for (QAbstractButton *corner : m_table->findChildren<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all changes"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *kind = m_table->item(row, KindColumn)) {
            const auto key = deviationKindFromKey(kind->data(KindRole).toString());
            const QSignalBlocker blocker(m_table);
            kind->setText(deviationKindLabel(key.value_or(DeviationKind::Ingredient)));
        }
    }
}

void ChangesEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChangesEdit::setDocument(StoryDocument *document)
{
    m_document = document;
    watchDocument(&m_connections, document, this, {StoryField::Changes}, [this] { showChanges(); });
    showChanges();
    setExpanded(m_table->rowCount() > 0);
    updateButtons();
}

void ChangesEdit::setReadOnly(bool readOnly)
{
    m_body->setEnabled(!readOnly);
}

bool ChangesEdit::isExpanded() const
{
    return m_toggle->isChecked();
}

void ChangesEdit::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded); // comes back here through toggled()
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

// The document's changes, unless the table already shows them (it sent them).
void ChangesEdit::showChanges()
{
    const QList<Deviation> changes = m_document ? m_document->story().changes : QList<Deviation>();
    if (changes == tableChanges())
        return;
    m_showing = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row)
        showRow(row, changes.at(row));
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, std::max(0, m_table->currentColumn()));
    m_showing = false;
    if (!changes.isEmpty() && !isExpanded())
        setExpanded(true);
    retranslate();
    updateButtons();
}

void ChangesEdit::showRow(int row, const Deviation &change)
{
    auto *kind = new QTableWidgetItem(deviationKindLabel(change.kind));
    kind->setData(KindRole, deviationKindKey(change.kind));
    m_table->setItem(row, KindColumn, kind);
    m_table->setItem(row, SubjectColumn, new QTableWidgetItem(change.subject));
    m_table->setItem(row, PlannedColumn, new QTableWidgetItem(change.planned));
    m_table->setItem(row, ActualColumn, new QTableWidgetItem(change.actual));
    auto *cause = new QTableWidgetItem;
    cause->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    cause->setCheckState(change.causedFail ? Qt::Checked : Qt::Unchecked);
    cause->setData(Qt::AccessibleTextRole, tr("Caused the fail"));
    m_table->setItem(row, CauseColumn, cause);
}

QList<Deviation> ChangesEdit::tableChanges() const
{
    QList<Deviation> changes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text() : QString();
        };
        Deviation change;
        if (const QTableWidgetItem *kind = m_table->item(row, KindColumn))
            change.kind = deviationKindFromKey(kind->data(KindRole).toString())
                              .value_or(DeviationKind::Ingredient);
        change.subject = text(SubjectColumn);
        change.planned = text(PlannedColumn);
        change.actual = text(ActualColumn);
        const QTableWidgetItem *cause = m_table->item(row, CauseColumn);
        change.causedFail = cause && cause->checkState() == Qt::Checked;
        changes.append(change);
    }
    return changes;
}

void ChangesEdit::commit(bool typed)
{
    if (m_document)
        m_document->setChanges(tableChanges(), typed);
    retranslate();
    updateButtons();
}

void ChangesEdit::addChange()
{
    if (!m_document)
        return;
    setExpanded(true);
    const int row = m_table->rowCount();
    m_showing = true;
    m_table->insertRow(row);
    showRow(row, Deviation {});
    m_showing = false;
    commit(false);
    m_table->setFocus();
    m_table->setCurrentCell(row, SubjectColumn);
    m_table->editItem(m_table->item(row, SubjectColumn));
}

void ChangesEdit::removeCurrentChange()
{
    const int row = m_table->currentRow();
    if (!m_document || row < 0)
        return;
    m_showing = true;
    m_table->removeRow(row);
    m_showing = false;
    commit(false);
}

void ChangesEdit::updateButtons()
{
    m_add->setEnabled(!m_document.isNull());
    m_remove->setEnabled(m_document && m_table->currentRow() >= 0);
}

} // namespace Spill
