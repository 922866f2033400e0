// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QMenu;
class QPlainTextEdit;

namespace Spill {

class MarkdownHighlighter;

// Puts spelling suggestions and "Add to Dictionary" at the top of a beat
// editor's context menu when it opens on a misspelt word.
class SpellMenu : public QObject
{
    Q_OBJECT

public:
    explicit SpellMenu(QObject *parent = nullptr);

    void attach(QPlainTextEdit *editor, MarkdownHighlighter *highlighter);

    // The menu for a document position of `editor`, as the context menu
    // shows it; the caller owns it. Public so tests can read it.
    QMenu *createMenu(QPlainTextEdit *editor, int position);

signals:
    // Adding a word to the personal dictionary failed.
    void failed(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHash<QPlainTextEdit *, QPointer<MarkdownHighlighter>> m_highlighters;
};

} // namespace Spill
