// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Spill {

// The text editor of one beat. It grows with its text instead of scrolling,
// so the whole story scrolls as one page, and it wraps the selection in
// Markdown for bold (Ctrl+B), italic (Ctrl+I) and links (Ctrl+K).
class BeatEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit BeatEdit(QWidget *parent = nullptr);

    // Replaces the text without reporting it as an edit. The beat has no
    // undo of its own: its story document keeps the history.
    void setInitialText(const QString &text);
    // Applies a change the document made (an undo, a redo, another view):
    // `removed` characters at `position` become `inserted`, and the cursor
    // lands after them. Not reported as an edit.
    void applyEdit(int position, int removed, const QString &inserted);

    // The Markdown shortcuts, also reachable from code and menus. Each one
    // toggles: applied to an already wrapped selection it unwraps it.
    void toggleBold();
    void toggleItalic();
    void toggleLink();

    // The height that shows every line without scrolling.
    int contentHeight() const;
    // A beat far longer than any story needs (pasted by mistake, or a whole
    // book) scrolls inside a box of fixed height instead of growing: laying
    // out every line to measure it would stall the window.
    bool isScrolling() const { return m_scrolling; }
    static constexpr int ScrollingChars = 100000;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The creator changed the text. Highlighters restyling it do not count.
    void textEdited();
    // The same change, exactly: in the plain text as it was, `removed`
    // characters at `position` were replaced by `inserted`.
    void edited(int position, int removed, const QString &inserted);
    // Up on the first line or Down on the last: the page goes on in the
    // beat above or below.
    void leftAbove();
    void leftBelow();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void toggleWrap(const QString &marker);
    void updateHeight();

    void reportChange(int position, int removed, int added);

    bool m_settingText = false;
    int m_length = 0; // characters of plain text, to check what Qt reports
    bool m_scrolling = false;
};

} // namespace Spill
