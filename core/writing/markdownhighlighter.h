// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writing/markdownspans.h"
#include "writing/spellchecker.h"

#include <QFuture>
#include <QPalette>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Spill {

class MarkdownFormats;

// Highlights Markdown in a QTextDocument from cmark-gfm's parse tree and,
// with a SpellChecker, draws a wavy underline under misspelt words.
//
// Parsing needs the whole text (a list or a code fence changes lines far
// away), so it runs on a worker after a short pause in typing; its result
// is applied only if the document has not changed since, and only blocks
// whose spans changed are re-highlighted. Until then each block keeps its
// previous spans, shifted along with the edit. Spelling is checked per
// block when the block is highlighted, only that block's words.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // The highlighter becomes a child of the document. One highlighter per
    // document (do not call setDocument()). Like any QSyntaxHighlighter it
    // hears edits only once the document has a layout, which an editor
    // gives it; prefer QPlainTextEdit, whose layout re-highlights a long
    // text in linear time (QTextEdit's rich-text layout does not). The spell checker
    // is not owned and may be shared by several highlighters.
    explicit MarkdownHighlighter(QTextDocument *document, const QPalette &palette = QPalette(),
                                 SpellChecker *spellChecker = nullptr);
    ~MarkdownHighlighter() override;

    // Rebuilds the formats (also after the editor's font changed) and
    // re-highlights.
    void setPalette(const QPalette &palette);
    QPalette palette() const { return m_palette; }

    // nullptr turns spell checking off. Re-highlights when the checker's
    // language or personal dictionary changes.
    void setSpellChecker(SpellChecker *spellChecker);
    SpellChecker *spellChecker() const { return m_spellChecker; }

    // The pause after the last keystroke before the text is parsed again.
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    int debounceInterval() const { return m_debounce.interval(); }

    // Parses on this thread and re-highlights the whole document at once.
    // Rarely needed: a text set with setPlainText() (up to 256 KB) or present
    // when the highlighter is created is parsed on the spot anyway.
    void highlightNow();

    // The spans last applied to a block, relative to the block's start.
    QList<MarkdownSpan> blockSpans(const QTextBlock &block) const;
    // The misspelt word at a document position (for the context menu), with
    // its start as a document position.
    std::optional<Misspelling> misspellingAt(int position) const;

signals:
    // A parse result was applied to the document.
    void spansApplied();

protected:
    void highlightBlock(const QString &text) override;

private:
    void onContentsChange(int from, int removed, int added);
    void startParse();
    void onParsed(const QList<MarkdownSpan> &spans);
    // Keeps each block's share of the spans; returns the blocks that changed.
    std::vector<QTextBlock> storeSpans(const QList<MarkdownSpan> &spans);
    void applySpans(const QList<MarkdownSpan> &spans);

    QPalette m_palette;
    std::unique_ptr<MarkdownFormats> m_formats;
    QPointer<SpellChecker> m_spellChecker;
    QMetaObject::Connection m_spellConnection;
    QMetaObject::Connection m_documentConnection;
    QTimer m_debounce;
    QFuture<QList<MarkdownSpan>> m_parse;
    bool m_parsing = false; // a parse runs or its result is on its way
    quint64 m_revision = 0; // bumped by every edit
    quint64 m_parsedRevision = 0; // the revision the running parse reads
    quint64 m_appliedRevision = ~quint64(0); // the revision the block spans come from
};

} // namespace Spill
