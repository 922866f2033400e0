// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixedrecipeedit.h"

#include "documentwatch.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spill {

namespace {

// The entries as typed, one a line; nothing typed is none.
QStringList linesOf(const QPlainTextEdit *edit)
{
    const QString text = edit->toPlainText();
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

// Shows `lines` unless the edit shows them already (it sent them), keeping
// the cursor where it was as far as the new text allows.
void showLines(QPlainTextEdit *edit, const QStringList &lines)
{
    if (linesOf(edit) == lines)
        return;
    const int position = edit->textCursor().position();
    edit->setPlainText(lines.join(u'\n'));
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(std::min(position, edit->document()->characterCount() - 1));
    edit->setTextCursor(cursor);
}

QPlainTextEdit *newListEdit(const char *objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1StringView(objectName));
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Room for a short recipe before it scrolls.
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 6);
    return edit;
}

} // namespace

FixedRecipeEdit::FixedRecipeEdit(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fixedRecipeEdit"));
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("fixedRecipeToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::toggled, this, &FixedRecipeEdit::setExpanded);

    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_ingredients = newListEdit("fixedRecipeIngredients");
    m_steps = newListEdit("fixedRecipeSteps");
    m_ingredientsLabel = new QLabel;
    m_ingredientsLabel->setBuddy(m_ingredients);
    m_stepsLabel = new QLabel;
    m_stepsLabel->setBuddy(m_steps);
    for (QPlainTextEdit *edit : {m_ingredients, m_steps}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_showing)
                commit();
        });
        edit->installEventFilter(this);
    }

    m_body = new QWidget;
    auto *grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_hint, 0, 0, 1, 2);
    grid->addWidget(m_ingredientsLabel, 1, 0);
    grid->addWidget(m_stepsLabel, 1, 1);
    grid->addWidget(m_ingredients, 2, 0);
    grid->addWidget(m_steps, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    // In line with the beats' questions and text (BeatSection's indent).
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(fontMetrics().height(), 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    m_body->hide();
    setExpanded(false);
    retranslate();
}

void FixedRecipeEdit::retranslate()
{
    m_toggle->setText(tr("The fixed recipe"));
    m_toggle->setAccessibleName(tr("The fixed recipe"));
    m_toggle->setToolTip(tr("How you would cook it now that you know better. Only a story with "
                            "a fixed recipe tells search engines it holds a recipe; the failed "
                            "attempt never does."));
    m_hint->setText(tr("One ingredient or step a line. The post shows them as lists after the "
                       "lesson."));
    m_ingredientsLabel->setText(tr("Ingredients"));
    m_stepsLabel->setText(tr("Method"));
    m_ingredients->setAccessibleName(tr("Ingredients of the fixed recipe"));
    m_ingredients->setPlaceholderText(tr("4 eggs, separated\n50 g Gruyère, grated"));
    m_steps->setAccessibleName(tr("Method of the fixed recipe"));
    m_steps->setPlaceholderText(
        tr("Heat the oven to 190 °C.\nKeep the door shut for the first 25 minutes."));
}

void FixedRecipeEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool FixedRecipeEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Typing after coming to a field is an undo step of its own.
    if (event->type() == QEvent::FocusIn && m_document)
        m_document->breakMerge();
    return QWidget::eventFilter(watched, event);
}

void FixedRecipeEdit::setDocument(StoryDocument *document)
{
    m_document = document;
    watchDocument(&m_connections, document, this, {StoryField::FixedRecipe},
                  [this] { showRecipe(); });
    showRecipe();
    setExpanded(m_document && !m_document->story().fixedRecipe.isEmpty());
}

void FixedRecipeEdit::setReadOnly(bool readOnly)
{
    m_ingredients->setReadOnly(readOnly);
    m_steps->setReadOnly(readOnly);
}

bool FixedRecipeEdit::isExpanded() const
{
    return m_toggle->isChecked();
}

void FixedRecipeEdit::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded); // comes back here through toggled()
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void FixedRecipeEdit::showRecipe()
{
    const FixedRecipe recipe = m_document ? m_document->story().fixedRecipe : FixedRecipe();
    m_showing = true;
    showLines(m_ingredients, recipe.ingredients);
    showLines(m_steps, recipe.steps);
    m_showing = false;
    if (!recipe.isEmpty() && !isExpanded())
        setExpanded(true);
}

void FixedRecipeEdit::commit()
{
    if (m_document)
        m_document->setFixedRecipe({linesOf(m_ingredients), linesOf(m_steps)}, true);
}

} // namespace Spill
