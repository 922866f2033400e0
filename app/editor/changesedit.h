// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Spill {

// "What I changed": the ways the cooking left the recipe, as a table under
// the "What went wrong" beat: what it was about (ingredient, quantity, step,
// time, temperature, tool, and a word or two), what the recipe said, what
// was done, and whether it caused the fail. Folded away until the first
// change. A view of the story document: every edit goes to it, and an undo
// there shows here.
class ChangesEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesEdit(QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);

    QTableWidget *table() const { return m_table; }
    QToolButton *toggle() const { return m_toggle; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Shows the changes without letting them be edited (a read-only library).
    void setReadOnly(bool readOnly);
    bool isExpanded() const;
    void setExpanded(bool expanded);

    // Columns of the table.
    enum Column { KindColumn, SubjectColumn, PlannedColumn, ActualColumn, CauseColumn };

    // Adds an empty change and starts editing what it was about.
    void addChange();
    void removeCurrentChange();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showChanges();
    void showRow(int row, const Deviation &change);
    QList<Deviation> tableChanges() const;
    void commit(bool typed);
    void updateButtons();

    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    QToolButton *m_toggle = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_body = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_showing = false;
};

} // namespace Spill
