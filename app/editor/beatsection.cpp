// SPDX-License-Identifier: GPL-3.0-or-later
#include "beatsection.h"

#include "beatedit.h"
#include "headingedit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spill {

namespace {

QFont scaledFont(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

} // namespace

BeatSection::BeatSection(Beat beat, QWidget *parent)
    : QWidget(parent)
    , m_beat(beat)
{
    setObjectName(QStringLiteral("beat_") + beatKey(beat));
    setAccessibleName(beatTitle(beat));

    m_step = wrappingLabel(this);
    m_step->setText(tr("Step %1 of %2 · %3")
                        .arg(beatIndex(beat) + 1)
                        .arg(BeatCount)
                        .arg(beatTitle(beat).toUpper()));
    m_step->setForegroundRole(QPalette::PlaceholderText);

    m_heading = new HeadingEdit(beat, this);

    m_question = wrappingLabel(this);
    m_question->setText(beatQuestion(beat));
    m_question->setAccessibleName(beatQuestion(beat));

    m_hint = wrappingLabel(this);
    m_hint->setText(beatHint(beat));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_exampleToggle = new QToolButton(this);
    m_exampleToggle->setObjectName(QStringLiteral("exampleToggle"));
    m_exampleToggle->setAutoRaise(true);
    m_exampleToggle->setFocusPolicy(Qt::StrongFocus);
    m_exampleToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exampleToggle->setArrowType(Qt::RightArrow);
    m_exampleToggle->setText(tr("Show an example"));

    m_example = wrappingLabel(this);
    m_example->setObjectName(QStringLiteral("example"));
    m_example->setText(beatExample(beat));
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_example->setAccessibleName(tr("Example for “%1”").arg(beatTitle(beat)));
    m_example->setVisible(false);
    setExampleShown(false);

    m_mediaArea = new QWidget(this);
    m_mediaArea->setObjectName(QStringLiteral("mediaArea"));
    m_mediaArea->setAccessibleName(tr("Photos and clips for “%1”").arg(beatTitle(beat)));
    auto *mediaLayout = new QHBoxLayout(m_mediaArea);
    mediaLayout->setContentsMargins(0, 0, 0, 0);

    m_editor = new BeatEdit(this);
    m_editor->setObjectName(QStringLiteral("editor_") + beatKey(beat));
    m_editor->setAccessibleName(beatTitle(beat));
    m_editor->setAccessibleDescription(beatQuestion(beat));
    m_editor->setPlaceholderText(tr("Write your answer here…"));
    m_editor->installEventFilter(this);

    // A plain button rather than a checkable one: a pressed-in look would
    // be noise on the page; the name says what pressing it does.
    connect(m_exampleToggle, &QToolButton::clicked, this,
            [this] { setExampleShown(!isExampleShown()); });

    // Everything sits one line-height in, leaving a margin for the rule
    // that marks the editor, so the text lines up with the question.
    const int indent = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(indent, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_step);
    layout->addSpacing(indent / 4);
    layout->addWidget(m_heading);
    layout->addSpacing(indent / 2);
    layout->addWidget(m_question);
    layout->addSpacing(indent / 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_exampleToggle, 0, Qt::AlignLeft);
    auto *exampleRow = new QHBoxLayout;
    exampleRow->setContentsMargins(indent, indent / 4, 0, indent / 2);
    exampleRow->addWidget(m_example);
    layout->addLayout(exampleRow);
    layout->addWidget(m_mediaArea);
    layout->addSpacing(indent / 2);
    layout->addWidget(m_editor);

    applyFonts();
}

bool BeatSection::isExampleShown() const
{
    return m_example->isVisibleTo(this);
}

void BeatSection::setExampleShown(bool shown)
{
    m_example->setVisible(shown);
    m_exampleToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_exampleToggle->setText(shown ? tr("Hide the example") : tr("Show an example"));
    m_exampleToggle->setAccessibleName(
        (shown ? tr("Hide the example for “%1”") : tr("Show an example for “%1”"))
            .arg(beatTitle(m_beat)));
}

void BeatSection::applyFonts()
{
    m_applyingFonts = true;
    const QFont base = font();
    QFont step = scaledFont(base, 0.85, QFont::DemiBold);
    step.setLetterSpacing(QFont::PercentageSpacing, 108);
    m_step->setFont(step);
    m_heading->setFont(scaledFont(base, 1.5, QFont::Bold));
    m_question->setFont(scaledFont(base, 1.2, QFont::DemiBold));
    QFont example = scaledFont(base, 1.0);
    example.setItalic(true);
    m_example->setFont(example);
    m_editor->setFont(scaledFont(base, 1.12));
    m_applyingFonts = false;
}

void BeatSection::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_applyingFonts)
        applyFonts();
}

bool BeatSection::eventFilter(QObject *watched, QEvent *event)
{
    // The rule beside the editor shows where the keyboard is.
    if (watched == m_editor &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update();
    return QWidget::eventFilter(watched, event);
}

void BeatSection::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int width = std::max(2, fontMetrics().height() / 8);
    const int x = (m_editor->geometry().left() - width) / 2;

    const bool focused = m_editor->hasFocus();
    const QColor rule =
        focused ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    painter.fillRect(QRect(x, m_editor->geometry().top(), width, m_editor->height()), rule);

    if (m_example->isVisible()) {
        QColor quote = palette().color(QPalette::Mid);
        quote.setAlphaF(0.6f);
        const QRect example = m_example->geometry();
        painter.fillRect(QRect(example.left() - fontMetrics().height() / 2 - width, example.top(),
                               width, example.height()),
                         quote);
    }
}

} // namespace Spill
