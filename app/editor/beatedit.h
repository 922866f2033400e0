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

    // Replaces the text as a fresh start: no undo step leads back past it.
    void setInitialText(const QString &text);

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

    bool m_settingText = false;
    bool m_scrolling = false;
};

} // namespace Spill
