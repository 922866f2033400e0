// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatapanel.h"

#include "appearance/colourroles.h"
#include "chipgroup.h"
#include "document/storydocument.h"
#include "documentwatch.h"
#include "shell/fittingcombobox.h"
#include "story/urlpolicy.h"
#include "tagedit.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Spill {

namespace {

// A line edit with the message that explains what is wrong with it below.
struct CheckedField
{
    QWidget *field;
    QLabel *problem;
};

CheckedField checkedField(QLineEdit *edit, QWidget *parent)
{
    auto *field = new QWidget(parent);
    auto *column = new QVBoxLayout(field);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(edit->fontMetrics().height() / 4);
    column->addWidget(edit);

    auto *problemRow = new QWidget(field);
    auto *row = new QHBoxLayout(problemRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(problemRow);
    const int size = edit->fontMetrics().height();
    icon->setPixmap(field->style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, field)
                        .pixmap(QSize(size, size), field->devicePixelRatioF()));
    auto *problem = new QLabel(problemRow);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(problem, 1);
    column->addWidget(problemRow);
    problemRow->setVisible(false);
    return {field, problem};
}

QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MetadataPanel::MetadataPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Story details"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setFrame(false);
    m_title->setPlaceholderText(tr("Give your story a title"));
    m_title->setAccessibleName(tr("Title"));
    // The title sits on the page like a heading, not in a box.
    QPalette titlePalette = m_title->palette();
    titlePalette.setBrush(QPalette::Base, Qt::transparent);
    m_title->setPalette(titlePalette);
    m_title->installEventFilter(this);

    m_dish = new QLineEdit(this);
    m_dish->setObjectName(QStringLiteral("dish"));
    m_dish->setPlaceholderText(tr("Cheese soufflé"));
    m_dish->setAccessibleName(tr("Dish"));

    m_recipeUrl = new QLineEdit(this);
    m_recipeUrl->setObjectName(QStringLiteral("recipeUrl"));
    m_recipeUrl->setPlaceholderText(tr("https://…"));
    m_recipeUrl->setAccessibleName(tr("Recipe link"));
    m_recipeUrl->setAccessibleDescription(tr("The web address of the recipe you followed"));
    m_recipeUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    const CheckedField recipe = checkedField(m_recipeUrl, this);
    m_recipeProblem = recipe.problem;

    m_chips = new ChipGroup(this);

    m_tags = new TagEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("baking, eggs, birthday"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setAccessibleDescription(tr("Separate tags with commas"));

    m_outcome = new FittingComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Not decided yet"));
    for (Outcome outcome : {Outcome::Rescued, Outcome::Partly, Outcome::Binned})
        m_outcome->addItem(outcomeLabel(outcome), int(outcome));

    m_status = new FittingComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    for (Status status : {Status::Draft, Status::Ready, Status::Published})
        m_status->addItem(statusLabel(status), int(status));

    m_publishedUrl = new QLineEdit(this);
    m_publishedUrl->setObjectName(QStringLiteral("publishedUrl"));
    m_publishedUrl->setPlaceholderText(tr("https://your-blog.example/…"));
    m_publishedUrl->setAccessibleName(tr("Published at"));
    m_publishedUrl->setAccessibleDescription(tr("The web address of the published post"));
    const CheckedField published = checkedField(m_publishedUrl, this);
    m_publishedProblem = published.problem;
    m_publishedField = published.field;

    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    outcomeRow->addWidget(m_outcome);
    outcomeRow->addSpacing(fontMetrics().height() * 2);
    outcomeRow->addWidget(formLabel(tr("&Status"), m_status, this));
    outcomeRow->addSpacing(fontMetrics().height() / 2);
    outcomeRow->addWidget(m_status);
    outcomeRow->addStretch(1);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels beside their fields; on a small screen in a language of long
    // words, a row too wide puts its label above its field instead of
    // widening the window past the screen.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(fontMetrics().height() * 3 / 2);
    m_form->setVerticalSpacing(fontMetrics().height() / 2);
    m_form->addRow(formLabel(tr("&Dish"), m_dish, this), m_dish);
    m_form->addRow(formLabel(tr("&Recipe link"), m_recipeUrl, this), recipe.field);
    m_form->addRow(formLabel(tr("&Kind of fail"), m_chips, this), m_chips);
    m_form->addRow(formLabel(tr("&Tags"), m_tags, this), m_tags);
    m_form->addRow(formLabel(tr("&Outcome"), m_outcome, this), outcomeRow);
    m_form->addRow(formLabel(tr("&Published at"), m_publishedUrl, this), m_publishedField);

    auto *layout = new QVBoxLayout(this);
    // Indented like the beats, whose margin holds the editor's rule.
    layout->setContentsMargins(fontMetrics().height(), 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(m_form);

    // Return moves on to the next field, so the details fill in like a form.
    for (QLineEdit *edit :
         {m_title, m_dish, m_recipeUrl, static_cast<QLineEdit *>(m_tags), m_publishedUrl})
        connect(edit, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });

    // textChanged, not textEdited: the line edit's own context-menu undo
    // changes the text too, and the document must hear of it.
    auto follow = [this](QLineEdit *edit, void (StoryDocument::*set)(const QString &)) {
        connect(edit, &QLineEdit::textChanged, this, [this, set](const QString &text) {
            if (!m_showing && m_document)
                (m_document->*set)(text);
        });
    };
    follow(m_title, &StoryDocument::setTitle);
    follow(m_dish, &StoryDocument::setDish);
    follow(m_recipeUrl, &StoryDocument::setRecipeUrl);
    follow(m_publishedUrl, &StoryDocument::setPublishedUrl);
    connect(m_recipeUrl, &QLineEdit::textChanged, this,
            [this] { validateUrl(m_recipeUrl, m_recipeProblem); });
    connect(m_publishedUrl, &QLineEdit::textChanged, this,
            [this] { validateUrl(m_publishedUrl, m_publishedProblem); });
    connect(m_chips, &ChipGroup::selectionEdited, this, [this] {
        if (!m_showing && m_document)
            m_document->setFailureKinds(m_chips->selected());
    });
    connect(m_tags, &TagEdit::tagsEdited, this, [this] {
        if (!m_showing && m_document)
            m_document->setTags(m_tags->tags());
    });
    connect(m_outcome, &QComboBox::activated, this, [this] {
        const QVariant outcome = m_outcome->currentData();
        if (m_document)
            m_document->setOutcome(outcome.isValid()
                                       ? std::optional(static_cast<Outcome>(outcome.toInt()))
                                       : std::nullopt);
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        updatePublishedRow();
        if (m_document)
            m_document->setStatus(static_cast<Status>(m_status->currentData().toInt()));
    });

    applyFonts();
    applyFieldPalettes();
    updatePublishedRow();
}

void MetadataPanel::applyFieldPalettes()
{
    // Fields are softly filled instead of relying on the style's frame,
    // which some styles draw in the page's own colour on dark palettes.
    const QColor fill = Colours::fieldFill(palette());
    for (QLineEdit *edit :
         {m_dish, m_recipeUrl, static_cast<QLineEdit *>(m_tags), m_publishedUrl}) {
        QPalette fieldPalette = edit->palette();
        fieldPalette.setColor(QPalette::Base, fill);
        edit->setPalette(fieldPalette);
    }
}

bool MetadataPanel::isWebAddress(const QString &text)
{
    return isAcceptableWebAddress(text);
}

void MetadataPanel::validateUrl(QLineEdit *edit, QLabel *problem)
{
    const bool ok = isWebAddress(edit->text());
    const QString message = ok
        ? QString()
        : tr("This does not look like a web address. Use one that starts with "
             "https:// or http://.");
    problem->setText(message);
    problem->parentWidget()->setVisible(!ok);
    edit->setAccessibleDescription(ok ? QString() : message);
}

QString MetadataPanel::recipeUrlProblem() const
{
    return m_recipeProblem->text();
}

void MetadataPanel::updatePublishedRow()
{
    const bool published = m_status->currentData().toInt() == int(Status::Published);
    m_form->setRowVisible(m_publishedField, published);
}

void MetadataPanel::setDocument(StoryDocument *document)
{
    dropConnections(&m_connections);
    m_document = document;
    showStory(document ? document->story() : Story {});
    if (!document)
        return;
    m_connections = {
        connect(document, &StoryDocument::fieldChanged, this, &MetadataPanel::showField),
        connect(document, &StoryDocument::reset, this, [this] { showStory(m_document->story()); }),
    };
}

void MetadataPanel::showStory(const Story &story)
{
    m_showing = true;
    m_title->setText(story.title);
    m_title->setCursorPosition(0);
    m_dish->setText(story.dish);
    m_recipeUrl->setText(story.recipeUrl);
    validateUrl(m_recipeUrl, m_recipeProblem);
    m_chips->setSelected(story.failureKinds);
    m_tags->setTags(story.tags);
    m_outcome->setCurrentIndex(story.outcome ? m_outcome->findData(int(*story.outcome)) : 0);
    m_status->setCurrentIndex(m_status->findData(int(story.status)));
    m_publishedUrl->setText(story.publishedUrl);
    validateUrl(m_publishedUrl, m_publishedProblem);
    updatePublishedRow();
    m_showing = false;
}

// A field the document changed: shown unless it already shows that (the
// creator's own typing), so the cursor stays where it is.
void MetadataPanel::showField(StoryField field)
{
    if (!m_document)
        return;
    const Story &story = m_document->story();
    m_showing = true;
    auto showText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    switch (field) {
    case StoryField::Title:
        showText(m_title, story.title);
        break;
    case StoryField::Dish:
        showText(m_dish, story.dish);
        break;
    case StoryField::RecipeUrl:
        showText(m_recipeUrl, story.recipeUrl);
        break;
    case StoryField::PublishedUrl:
        showText(m_publishedUrl, story.publishedUrl);
        break;
    case StoryField::FailureKinds:
        if (m_chips->selected() != story.failureKinds)
            m_chips->setSelected(story.failureKinds);
        break;
    case StoryField::Tags:
        if (m_tags->tags() != story.tags)
            m_tags->setTags(story.tags);
        break;
    case StoryField::Outcome:
        m_outcome->setCurrentIndex(story.outcome ? m_outcome->findData(int(*story.outcome)) : 0);
        break;
    case StoryField::Status:
        m_status->setCurrentIndex(m_status->findData(int(story.status)));
        updatePublishedRow();
        break;
    case StoryField::Language:
    case StoryField::Headings:
    case StoryField::Changes:
    case StoryField::FixedRecipe:
    case StoryField::Redemption:
        break;
    }
    m_showing = false;
}

void MetadataPanel::setTagSuggestions(const QStringList &tags)
{
    m_tags->setSuggestions(tags);
}

QList<QWidget *> MetadataPanel::focusChain() const
{
    QList<QWidget *> chain {m_title, m_dish, m_recipeUrl};
    for (QToolButton *chip : m_chips->chips())
        chain.append(chip);
    chain << m_tags << m_outcome << m_status << m_publishedUrl;
    return chain;
}

void MetadataPanel::applyFonts()
{
    m_applyingFonts = true;
    QFont title = font();
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 2.0);
    else
        title.setPixelSize(title.pixelSize() * 2);
    title.setWeight(QFont::Bold);
    m_title->setFont(title);
    m_applyingFonts = false;
}

bool MetadataPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update();
    return QWidget::eventFilter(watched, event);
}

void MetadataPanel::paintEvent(QPaintEvent *)
{
    // The borderless title shows where it is, and that it has the keyboard,
    // with a rule beneath it: faint at rest, the accent colour in focus.
    QPainter painter(this);
    const QRect title = m_title->geometry();
    const int width = std::max(1, fontMetrics().height() / 9);
    QColor rule = palette().color(QPalette::Mid);
    if (m_title->hasFocus())
        rule = palette().color(QPalette::Highlight);
    else
        rule.setAlphaF(0.5f);
    painter.fillRect(QRect(title.left(), title.bottom() + 1, title.width(), width), rule);
}

void MetadataPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_applyingFonts)
        applyFonts();
    if (event->type() == QEvent::PaletteChange && !m_applyingPalettes) {
        m_applyingPalettes = true;
        applyFieldPalettes();
        QPalette titlePalette = m_title->palette();
        titlePalette.setBrush(QPalette::Base, Qt::transparent);
        m_title->setPalette(titlePalette);
        m_applyingPalettes = false;
    }
}

} // namespace Spill
