// SPDX-License-Identifier: GPL-3.0-or-later
#include "writing/markdownhighlighter.h"

#include "async/backgroundpool.h"
#include "writing/markdownformats.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace Spill {

namespace {

constexpr int DefaultDebounceMs = 150;
// Below this many characters a whole new text is parsed on the spot (a
// 5,000-word beat takes a few milliseconds), so loading a beat shows it
// highlighted at once and the highlighting pass is not repeated.
constexpr int SynchronousParseLimit = 256 * 1024;

// What a block last got from the parser and the spell checker.
struct BlockData : QTextBlockUserData
{
    QList<MarkdownSpan> spans;
    QList<Misspelling> misspellings;
};

BlockData *blockData(const QTextBlock &block)
{
    return static_cast<BlockData *>(block.userData());
}

// Moves a block's spans along with an edit inside it, so formatting follows
// the text until the next parse.
void shiftSpans(QList<MarkdownSpan> &spans, int at, int removed, int added)
{
    const int delta = added - removed;
    QList<MarkdownSpan> shifted;
    shifted.reserve(spans.size());
    for (MarkdownSpan span : std::as_const(spans)) {
        const int end = span.end();
        if (end <= at) {
            shifted.append(span);
            continue;
        }
        const int newStart = span.start < at ? span.start
            : span.start >= at + removed     ? span.start + delta
                                             : at + added;
        const int newEnd = end >= at + removed ? end + delta : at + added;
        span.start = newStart;
        span.length = newEnd - newStart;
        if (span.length > 0)
            shifted.append(span);
    }
    spans = std::move(shifted);
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, const QPalette &palette,
                                         SpellChecker *spellChecker)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
    , m_palette(palette)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &MarkdownHighlighter::startParse);
    m_formats = std::make_unique<MarkdownFormats>(m_palette, document->defaultFont());
    setSpellChecker(spellChecker);
    // Connected before the base class's own handler, so stale spans are
    // shifted before the edited block is highlighted again.
    m_documentConnection = connect(document, &QTextDocument::contentsChange, this,
                                   &MarkdownHighlighter::onContentsChange);
    setDocument(document);
    // Text already there is parsed now, so the base class's first (delayed) pass
    // highlights it fully; a large text is left to the worker.
    const bool small = document->characterCount() <= SynchronousParseLimit;
    if (small) {
        storeSpans(markdownSpans(document->toPlainText()));
        m_appliedRevision = m_revision;
    }
    if (!small)
        m_debounce.start(0);
}

MarkdownHighlighter::~MarkdownHighlighter()
{
    // The base class clears its formats from the document after this
    // destructor ran, which reports an edit: nothing here may hear it.
    disconnect(m_documentConnection);
    // The parse's continuation expects this object alive when the parse ends
    // (QFuture::then with a context); once it is gone, the queued call is dropped.
    m_parse.waitForFinished();
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_formats = std::make_unique<MarkdownFormats>(m_palette, document()->defaultFont());
    rehighlight();
}

void MarkdownHighlighter::setSpellChecker(SpellChecker *spellChecker)
{
    if (m_spellChecker == spellChecker)
        return;
    disconnect(m_spellConnection);
    m_spellChecker = spellChecker;
    if (spellChecker) {
        m_spellConnection =
            connect(spellChecker, &SpellChecker::changed, this, &MarkdownHighlighter::rehighlight);
    }
    if (document())
        rehighlight();
}

void MarkdownHighlighter::highlightNow()
{
    m_debounce.stop();
    storeSpans(markdownSpans(document()->toPlainText()));
    m_appliedRevision = m_revision;
    rehighlight();
    emit spansApplied();
}

QList<MarkdownSpan> MarkdownHighlighter::blockSpans(const QTextBlock &block) const
{
    const BlockData *data = blockData(block);
    return data ? data->spans : QList<MarkdownSpan>();
}

std::optional<Misspelling> MarkdownHighlighter::misspellingAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const BlockData *data = blockData(block);
    if (!data)
        return std::nullopt;
    const int local = position - block.position();
    for (Misspelling misspelling : data->misspellings) {
        if (local >= misspelling.start && local <= misspelling.end()) {
            misspelling.start += block.position();
            return misspelling;
        }
    }
    return std::nullopt;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    auto *data = static_cast<BlockData *>(currentBlockUserData());
    if (!data) {
        data = new BlockData;
        setCurrentBlockUserData(data);
    }
    data->misspellings.clear();
    if (m_spellChecker && m_spellChecker->isAvailable())
        data->misspellings = m_spellChecker->check(text, data->spans);

    // Sweep over span boundaries; each stretch gets the merged format of the
    // layers covering it. Counting layers keeps deep nesting linear.
    struct Edge
    {
        int position;
        int layer;
        int step;
    };
    std::vector<Edge> edges;
    edges.reserve(size_t(data->spans.size() + data->misspellings.size()) * 2);
    const int length = int(text.size());
    const auto addEdges = [&](int start, int end, int layer) {
        start = std::clamp(start, 0, length);
        end = std::clamp(end, 0, length);
        if (end > start) {
            edges.push_back({start, layer, 1});
            edges.push_back({end, layer, -1});
        }
    };
    for (const MarkdownSpan &span : std::as_const(data->spans))
        addEdges(span.start, span.end(), MarkdownFormats::layerOf(span.kind, span.level));
    for (const Misspelling &misspelling : std::as_const(data->misspellings))
        addEdges(misspelling.start, misspelling.end(), MarkdownFormats::MisspelledLayer);
    if (edges.empty())
        return;
    std::sort(edges.begin(), edges.end(),
              [](const Edge &a, const Edge &b) { return a.position < b.position; });

    std::array<int, MarkdownFormats::LayerCount> active {};
    MarkdownFormats::LayerMask mask = 0;
    size_t i = 0;
    while (i < edges.size()) {
        const int position = edges[i].position;
        for (; i < edges.size() && edges[i].position == position; ++i) {
            int &count = active[size_t(edges[i].layer)];
            count += edges[i].step;
            const auto bit = MarkdownFormats::LayerMask(1) << edges[i].layer;
            mask = count > 0 ? (mask | bit) : (mask & ~bit);
        }
        if (i < edges.size() && mask != 0)
            setFormat(position, edges[i].position - position, m_formats->merged(mask));
    }
}

void MarkdownHighlighter::onContentsChange(int from, int removed, int added)
{
    if (removed == 0 && added == 0)
        return;
    ++m_revision;
    // A whole new text (a beat was loaded): parse now, before the base class
    // highlights every block in this same notification.
    const int size = document()->characterCount();
    if (from == 0 && added >= size - 1 && size <= SynchronousParseLimit) {
        m_debounce.stop();
        storeSpans(markdownSpans(document()->toPlainText()));
        m_appliedRevision = m_revision;
        return;
    }
    const QTextBlock block = document()->findBlock(from);
    if (block.isValid() && block.contains(from + added)) {
        if (BlockData *data = blockData(block))
            shiftSpans(data->spans, from - block.position(), removed, added);
    }
    m_debounce.start();
}

void MarkdownHighlighter::startParse()
{
    if (m_parsing || m_appliedRevision == m_revision)
        return; // when parsing, onParsed() starts again: the revision will not match
    m_parsing = true;
    m_parsedRevision = m_revision;
    m_parse = QtConcurrent::run(backgroundPool(), &markdownSpans, document()->toPlainText());
    m_parse.then(this, [this](const QList<MarkdownSpan> &spans) { onParsed(spans); });
}

void MarkdownHighlighter::onParsed(const QList<MarkdownSpan> &spans)
{
    m_parsing = false;
    if (m_parsedRevision == m_revision) {
        applySpans(spans);
        m_appliedRevision = m_revision;
    } else if (!m_debounce.isActive()) {
        startParse();
    }
}

std::vector<QTextBlock> MarkdownHighlighter::storeSpans(const QList<MarkdownSpan> &spans)
{
    std::vector<QTextBlock> blocks;
    std::vector<int> starts;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        blocks.push_back(block);
        starts.push_back(block.position());
    }
    std::vector<QList<MarkdownSpan>> perBlock(blocks.size());
    for (const MarkdownSpan &span : spans) {
        auto it = std::upper_bound(starts.begin(), starts.end(), span.start);
        for (size_t b = size_t(std::max<ptrdiff_t>(0, (it - starts.begin()) - 1));
             b < blocks.size() && starts[b] < span.end(); ++b) {
            const int blockEnd = starts[b] + blocks[b].length() - 1;
            const int from = std::max(span.start, starts[b]);
            const int to = std::min(span.end(), blockEnd);
            if (to > from)
                perBlock[b].append(
                    MarkdownSpan {from - starts[b], to - from, span.kind, span.level});
        }
    }

    std::vector<QTextBlock> changed;
    for (size_t b = 0; b < blocks.size(); ++b) {
        BlockData *data = blockData(blocks[b]);
        if (data ? data->spans == perBlock[b] : perBlock[b].isEmpty())
            continue;
        if (!data) {
            data = new BlockData;
            blocks[b].setUserData(data);
        }
        data->spans = std::move(perBlock[b]);
        changed.push_back(blocks[b]);
    }
    return changed;
}

void MarkdownHighlighter::applySpans(const QList<MarkdownSpan> &spans)
{
    const std::vector<QTextBlock> changed = storeSpans(spans);
    // One pass over everything is cheaper than many single-block passes.
    if (changed.size() > size_t(document()->blockCount()) / 2) {
        rehighlight();
    } else {
        for (const QTextBlock &block : changed)
            rehighlightBlock(block);
    }
    emit spansApplied();
}

} // namespace Spill
