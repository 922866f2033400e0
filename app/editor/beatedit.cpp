// SPDX-License-Identifier: GPL-3.0-or-later
#include "beatedit.h"

#include "shell/widgetkeys.h"

#include <QKeyEvent>
#include <QPlainTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Spill {

namespace {

// How much taller than the font's own line a line of prose is.
constexpr qreal LineSpacing = 1.45;
constexpr int MinimumLines = 3;
constexpr int ScrollingLines = 24; // the box a very long beat scrolls in

// QPlainTextEdit's layout ignores QTextBlockFormat::lineHeight, so the extra
// leading is added here: each laid-out line is moved down and the block
// reports the taller height. Painting, cursor and hit testing all go through
// blockBoundingRect(), so they agree.
class SpacedLayout : public QPlainTextDocumentLayout
{
public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;

    QRectF blockBoundingRect(const QTextBlock &block) const override
    {
        QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
        QTextLayout *layout = block.layout();
        if (!block.isVisible() || !layout || layout->lineCount() == 0)
            return rect;
        qreal y = 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            QTextLine line = layout->lineAt(i);
            const qreal step = std::ceil(line.height() * LineSpacing);
            line.setPosition(QPointF(line.position().x(), y + (step - line.height()) / 2));
            y += step;
        }
        rect.setHeight(y);
        return rect;
    }
};

// Runs of `marker` characters directly before `pos` or from `pos` on.
int runBefore(const QString &text, qsizetype pos, QChar marker)
{
    int n = 0;
    while (pos - n - 1 >= 0 && text.at(pos - n - 1) == marker)
        ++n;
    return n;
}

int runFrom(const QString &text, qsizetype pos, QChar marker)
{
    int n = 0;
    while (pos + n < text.size() && text.at(pos + n) == marker)
        ++n;
    return n;
}

// Whether runs of asterisks on both sides already make the emphasis that
// `width` asterisks would: `**` is inside `***`, `*` inside `*` or `***`.
bool emphasisPresent(int left, int right, int width)
{
    const int both = std::min(left, right);
    if (width == 2)
        return both >= 2;
    return both == 1 || both >= 3;
}

const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\[(.*)\\]\\(([^()\\s]*)\\)$"));
    return pattern;
}

} // namespace

BeatEdit::BeatEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    document()->setDocumentLayout(new SpacedLayout(document()));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Tab walks on to the next field, so the whole story is keyboard-only.
    setTabChangesFocus(true);
    setBackgroundVisible(false);

    // contentsChange, not textChanged: a QSyntaxHighlighter (Markdown,
    // spelling) restyling the text emits only the latter, and is no edit.
    document()->setUndoRedoEnabled(false);
    connect(document(), &QTextDocument::contentsChange, this, &BeatEdit::reportChange);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &BeatEdit::updateHeight);
    connect(document(), &QTextDocument::blockCountChanged, this, &BeatEdit::updateHeight);
    updateHeight();
}

void BeatEdit::setInitialText(const QString &text)
{
    m_settingText = true;
    setPlainText(text);
    document()->setModified(false);
    m_length = document()->characterCount() - 1;
    m_settingText = false;
    moveCursor(QTextCursor::Start);
    updateHeight();
}

void BeatEdit::reportChange(int position, int removed, int added)
{
    const int oldLength = std::exchange(m_length, document()->characterCount() - 1);
    if (m_settingText)
        return;
    // Qt may count the block end past the last character, or report a
    // wider span than changed (the unchanged part is then replaced by
    // itself, which is harmless). Clamp to the text, and when the counts
    // still disagree, report the whole text as replaced.
    removed = std::clamp(removed, 0, oldLength - std::min(position, oldLength));
    added = std::clamp(added, 0, m_length - std::min(position, m_length));
    if (position > oldLength || oldLength - removed + added != m_length) {
        position = 0;
        removed = oldLength;
        added = m_length;
    }
    QTextCursor span(document());
    span.setPosition(position);
    span.setPosition(position + added, QTextCursor::KeepAnchor);
    // As toPlainText() gives it: lines end in \n, no-break spaces are spaces.
    QString inserted = span.selectedText();
    inserted.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    inserted.replace(QChar::Nbsp, QLatin1Char(' '));
    emit edited(position, removed, inserted);
    emit textEdited();
}

void BeatEdit::applyEdit(int position, int removed, const QString &inserted)
{
    m_settingText = true;
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, m_length));
    cursor.setPosition(std::clamp(position + removed, 0, m_length), QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
    m_settingText = false;
    setTextCursor(cursor);
}

void BeatEdit::toggleBold()
{
    toggleWrap(QStringLiteral("**"));
}

void BeatEdit::toggleItalic()
{
    toggleWrap(QStringLiteral("*"));
}

void BeatEdit::toggleWrap(const QString &marker)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    const QChar star = marker.at(0);
    const int width = int(marker.size());

    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        // Nothing to wrap: leave an empty pair with the cursor inside.
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, width);
        cursor.endEditBlock();
        setTextCursor(cursor);
        return;
    }

    const QString text = document()->toPlainText();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    const QString selected = text.mid(start, end - start);

    // The markers may be inside the selection ("**word**" selected) or
    // around it ("word" selected inside "**word**"); both unwrap.
    const int inLeft = runFrom(text, start, star);
    const int inRight = runBefore(text, end, star);
    if (selected.size() > 2 * width && emphasisPresent(inLeft, inRight, width)) {
        cursor.setPosition(end - width);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(start);
        cursor.setPosition(start + width, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        end -= 2 * width;
    } else if (emphasisPresent(runBefore(text, start, star), runFrom(text, end, star), width)) {
        cursor.setPosition(end);
        cursor.setPosition(end + width, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(start - width);
        cursor.setPosition(start, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        start -= width;
        end -= width;
    } else {
        cursor.setPosition(end);
        cursor.insertText(marker);
        cursor.setPosition(start);
        cursor.insertText(marker);
        start += width;
        end += width;
    }
    cursor.endEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void BeatEdit::toggleLink()
{
    QTextCursor cursor = textCursor();
    const QString text = document()->toPlainText();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    const QString selected = text.mid(start, end - start);

    cursor.beginEditBlock();
    const QRegularExpressionMatch inside = linkPattern().match(selected);
    if (inside.hasMatch()) {
        // "[text](url)" selected: keep the text, drop the link.
        const QString label = inside.captured(1);
        cursor.insertText(label);
        cursor.endEditBlock();
        cursor.setPosition(start);
        cursor.setPosition(start + int(label.size()), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        return;
    }
    if (start > 0 && text.at(start - 1) == u'[' && text.mid(end, 2) == QStringLiteral("](")) {
        const qsizetype close = text.indexOf(u')', end + 2);
        const QString url = close < 0 ? QString() : text.mid(end + 2, close - end - 2);
        if (close >= 0 && !url.contains(QRegularExpression(QStringLiteral("[\\s()]")))) {
            cursor.setPosition(end);
            cursor.setPosition(int(close) + 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            cursor.setPosition(start - 1);
            cursor.setPosition(start, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            cursor.endEditBlock();
            cursor.setPosition(start - 1);
            cursor.setPosition(end - 1, QTextCursor::KeepAnchor);
            setTextCursor(cursor);
            return;
        }
    }
    // Wrap: "[text]()" with the cursor where the address goes, or inside
    // the brackets when there was no text to link.
    cursor.setPosition(end);
    cursor.insertText(QStringLiteral("]()"));
    cursor.setPosition(start);
    cursor.insertText(QStringLiteral("["));
    cursor.endEditBlock();
    cursor.setPosition(selected.isEmpty() ? start + 1 : end + 3);
    setTextCursor(cursor);
}

namespace {

bool isMarkdownShortcut(const QKeyEvent *event)
{
    return isWidgetKey(event, WidgetKey::Bold) || isWidgetKey(event, WidgetKey::Italic) ||
        isWidgetKey(event, WidgetKey::Link);
}

} // namespace

bool BeatEdit::event(QEvent *event)
{
    // Claim the Markdown shortcuts before any window action with the same
    // keys can take them while a beat is being written.
    if (event->type() == QEvent::ShortcutOverride &&
        isMarkdownShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void BeatEdit::keyPressEvent(QKeyEvent *event)
{
    if (isWidgetKey(event, WidgetKey::Bold)) {
        toggleBold();
        return;
    }
    if (isWidgetKey(event, WidgetKey::Italic)) {
        toggleItalic();
        return;
    }
    if (isWidgetKey(event, WidgetKey::Link)) {
        toggleLink();
        return;
    }
    const bool up = isWidgetKey(event, WidgetKey::BeatAbove);
    if (up || isWidgetKey(event, WidgetKey::BeatBelow)) {
        QTextCursor probe = textCursor();
        if (!probe.movePosition(up ? QTextCursor::Up : QTextCursor::Down)) {
            if (up)
                emit leftAbove();
            else
                emit leftBelow();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

int BeatEdit::contentHeight() const
{
    const qreal lineStep = std::ceil(fontMetrics().height() * LineSpacing);
    qreal lines = 0;
    if (m_scrolling) {
        lines = lineStep * ScrollingLines;
    } else {
        for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next())
            lines += blockBoundingRect(block).height();
    }
    lines = std::max(lines, lineStep * MinimumLines);
    const QMargins margins = contentsMargins();
    return int(std::ceil(lines + 2 * document()->documentMargin())) + margins.top() +
        margins.bottom() + 2 * frameWidth();
}

QSize BeatEdit::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, contentHeight()};
}

QSize BeatEdit::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, contentHeight()};
}

void BeatEdit::updateHeight()
{
    const bool scrolling = document()->characterCount() > ScrollingChars;
    if (scrolling != m_scrolling) {
        m_scrolling = scrolling;
        setVerticalScrollBarPolicy(scrolling ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    }
    const int height = contentHeight();
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
}

void BeatEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // A new width rewraps the text, which changes the height it needs.
    updateHeight();
}

void BeatEdit::wheelEvent(QWheelEvent *event)
{
    // The editor only scrolls itself when it is too long to grow; otherwise
    // the page around it does.
    if (m_scrolling)
        QPlainTextEdit::wheelEvent(event);
    else
        event->ignore();
}

void BeatEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateHeight();
}

} // namespace Spill
