// SPDX-License-Identifier: GPL-3.0-or-later
#include "headingedit.h"

#include "document/storydocument.h"
#include "documentwatch.h"
#include "export/postwords.h"
#include "shell/widgetkeys.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QToolButton>

namespace Spill {

namespace {

PostWords wordsFor(const StoryDocument *document)
{
    return PostWords(postLanguageTag(document ? document->story().language : QString()));
}

} // namespace

HeadingEdit::HeadingEdit(Beat beat, QWidget *parent)
    : QWidget(parent)
    , m_beat(beat)
{
    setObjectName(QStringLiteral("heading_") + beatKey(beat));

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("headingEdit"));
    m_edit->setFrame(false);
    m_edit->setAccessibleName(tr("Heading above “%1”").arg(beatTitle(beat)));
    m_edit->setAccessibleDescription(tr("What readers see above this part of the post"));
    m_edit->setToolTip(tr("The heading readers see above this part of the post. Type your own, "
                          "pick a suggestion from the menu beside it (Alt+Down), or clear it "
                          "for none."));
    m_edit->setPlaceholderText(tr("No heading in the post"));
    m_edit->installEventFilter(this);
    // The heading sits on the page like the post's own: no field box, a
    // rule under it while it has the keyboard (see paintEvent()).

    m_menu = new QMenu(this);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("headingMenu"));
    m_button->setAutoRaise(true);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_button->setFocusPolicy(Qt::StrongFocus);
    m_button->setAccessibleName(tr("Heading suggestions for “%1”").arg(beatTitle(beat)));
    m_button->setToolTip(tr("Other headings, the default, or none"));
    connect(m_menu, &QMenu::aboutToShow, this, &HeadingEdit::fillMenu);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_showing || !m_document)
            return;
        m_showing = true;
        m_document->setHeading(m_beat, BeatHeading::withText(text), true);
        m_showing = false;
    });
    // Leaving the field ends the typing step; a heading that only differs by
    // surrounding spaces is shown as the document keeps it.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->breakMerge();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    setFocusProxy(m_edit);
}

void HeadingEdit::setDocument(StoryDocument *document)
{
    m_document = document;
    watchDocument(&m_connections, document, this, {StoryField::Headings, StoryField::Language},
                  [this] { showHeading(); });
    showHeading();
}

// The document's heading, unless the field already shows it (the
// creator's own typing), so the cursor stays where it is.
void HeadingEdit::showHeading()
{
    if (m_showing)
        return;
    const QString text =
        m_document ? wordsFor(m_document).heading(m_document->story(), m_beat) : QString();
    if (m_edit->text() == text)
        return;
    m_showing = true;
    m_edit->setText(text);
    m_edit->setCursorPosition(0);
    m_showing = false;
}

void HeadingEdit::fillMenu()
{
    m_menu->clear();
    if (!m_document)
        return;
    const PostWords words = wordsFor(m_document);
    const BeatHeading current = m_document->story().heading(m_beat);
    const QString shown = words.heading(m_document->story(), m_beat);
    const QStringList suggestions = words.headingSuggestions(m_beat);
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        const QString suggestion = suggestions.at(i);
        QAction *action = m_menu->addAction(suggestion);
        action->setCheckable(true);
        action->setChecked(!current.isHidden() && shown == suggestion);
        // The first suggestion is the default: picking it keeps the heading
        // following the story's language.
        const BeatHeading heading =
            i == 0 ? BeatHeading::byDefault() : BeatHeading::withText(suggestion);
        connect(action, &QAction::triggered, this,
                [this, heading] { m_document->setHeading(m_beat, heading); });
    }
    m_menu->addSeparator();
    QAction *none = m_menu->addAction(tr("&No Heading"));
    none->setCheckable(true);
    none->setChecked(current.isHidden());
    connect(none, &QAction::triggered, this,
            [this] { m_document->setHeading(m_beat, BeatHeading::hidden()); });
}

bool HeadingEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
            update();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (isWidgetKey(key, WidgetKey::HeadingChoices)) {
                m_button->showMenu();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HeadingEdit::paintEvent(QPaintEvent *)
{
    if (!m_edit->hasFocus())
        return;
    QPainter painter(this);
    const int width = std::max(1, fontMetrics().height() / 12);
    const QRect edit = m_edit->geometry();
    painter.fillRect(QRect(edit.left(), edit.bottom() - width + 1, edit.width(), width),
                     palette().color(QPalette::Highlight));
}

} // namespace Spill
