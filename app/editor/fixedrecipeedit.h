// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Spill {

// "The fixed recipe": the recipe as the creator would cook it now, under the
// lesson beat: ingredients and the method's steps, one a line. Folded away
// until it has words. A view of the story document: typing goes to it as
// one undo step per field, and an undo there shows here.
class FixedRecipeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FixedRecipeEdit(QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);

    QToolButton *toggle() const { return m_toggle; }
    QPlainTextEdit *ingredientsEdit() const { return m_ingredients; }
    QPlainTextEdit *stepsEdit() const { return m_steps; }
    // Shows the recipe without letting it be edited (a read-only library).
    void setReadOnly(bool readOnly);
    bool isExpanded() const;
    void setExpanded(bool expanded);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showRecipe();
    void commit();

    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    QToolButton *m_toggle = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_ingredientsLabel = nullptr;
    QPlainTextEdit *m_ingredients = nullptr;
    QLabel *m_stepsLabel = nullptr;
    QPlainTextEdit *m_steps = nullptr;
    bool m_showing = false;
};

} // namespace Spill
