// SPDX-License-Identifier: GPL-3.0-or-later
// Search matches marked with SQLite's unicode61 tokenizer (see searchmarks.h).
#include "searchmarks.h"

#include "storyquery.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstdint>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace Spill {

namespace {

// The options of the index's tokenizer, as schema migration 2 creates it
// ('unicode61 remove_diacritics 2'): the marks fold words the same way.
const char *const TokenizerOptions[] = {"remove_diacritics", "2"};

// More tokens than this in one quoted word cannot be matched as a phrase
// here; toFtsQuery() quotes single words, which unicode61 cuts the same way
// except for characters it does not know.
constexpr int MaxPhraseTokens = 64;

} // namespace

SearchTerms searchTerms(const QString &text)
{
    SearchTerms terms;
    QString current;
    bool endsInWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isSearchTokenChar(c)) {
            current += text.mid(i, width);
            endsInWord = true;
        } else {
            if (!current.isEmpty())
                terms.words.append(current);
            current.clear();
            endsInWord = false;
        }
        i += width - 1;
    }
    if (!current.isEmpty())
        terms.words.append(current);
    terms.lastIsPrefix = endsInWord && !terms.words.isEmpty();
    return terms;
}

struct SearchMarker::Private
{
    struct Phrase
    {
        std::vector<QByteArray> tokens; // folded
        bool prefix = false; // the last token matches as a prefix
        std::uint64_t state = 0; // bit k: the last k+1 tokens matched tokens 0..k
    };

    sqlite3 *db = nullptr;
    fts5_tokenizer api {};
    Fts5Tokenizer *tokenizer = nullptr;
    QString error;
    std::vector<Phrase> phrases;
    qint64 work = 0;

    // While marking one text: the byte ranges matched, and the starts of
    // the last MaxPhraseTokens tokens (a phrase's first token).
    std::vector<std::pair<int, int>> ranges;
    std::array<int, MaxPhraseTokens> recentStarts {};
    qint64 tokenCount = 0;

    bool open();
    std::vector<QByteArray> fold(const QByteArray &word, int flags);
    void onToken(const char *token, int size, int start, int end);
    static int markToken(void *context, int, const char *token, int size, int start, int end)
    {
        static_cast<Private *>(context)->onToken(token, size, start, end);
        return SQLITE_OK;
    }
};

namespace {

int collectToken(void *context, int, const char *token, int size, int, int)
{
    static_cast<std::vector<QByteArray> *>(context)->emplace_back(token, size);
    return SQLITE_OK;
}

} // namespace

bool SearchMarker::Private::open()
{
    // A private in-memory connection lends its FTS5 module's tokenizer.
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        return false;
    }
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&fts5), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    void *userData = nullptr;
    if (!fts5 || fts5->xFindTokenizer(fts5, "unicode61", &userData, &api) != SQLITE_OK ||
        api.xCreate(userData, const_cast<const char **>(TokenizerOptions), 2, &tokenizer) !=
            SQLITE_OK) {
        error = QStringLiteral("SQLite's FTS5 unicode61 tokenizer is not available");
        tokenizer = nullptr;
        return false;
    }
    return true;
}

std::vector<QByteArray> SearchMarker::Private::fold(const QByteArray &word, int flags)
{
    std::vector<QByteArray> tokens;
    api.xTokenize(tokenizer, &tokens, flags, word.constData(), int(word.size()), collectToken);
    return tokens;
}

void SearchMarker::Private::onToken(const char *token, int size, int start, int end)
{
    recentStarts[std::size_t(tokenCount % MaxPhraseTokens)] = start;
    ++tokenCount;
    ++work;
    const QByteArrayView folded(token, size);
    for (Phrase &phrase : phrases) {
        std::uint64_t matching = 0;
        const std::size_t last = phrase.tokens.size() - 1;
        for (std::size_t k = 0; k <= last; ++k) {
            const QByteArray &wanted = phrase.tokens[k];
            if ((k == last && phrase.prefix) ? folded.startsWith(wanted) : folded == wanted)
                matching |= std::uint64_t(1) << k;
        }
        phrase.state = ((phrase.state << 1) | 1) & matching;
        if (phrase.state & (std::uint64_t(1) << last)) {
            const qint64 first = tokenCount - qint64(phrase.tokens.size());
            ranges.emplace_back(recentStarts[std::size_t(first % MaxPhraseTokens)], end);
        }
    }
}

SearchMarker::SearchMarker(const SearchTerms &terms)
    : d(std::make_unique<Private>())
{
    if (!d->open())
        return;
    for (qsizetype i = 0; i < terms.words.size(); ++i) {
        const bool prefix = terms.lastIsPrefix && i == terms.words.size() - 1;
        Private::Phrase phrase;
        phrase.prefix = prefix;
        phrase.tokens = d->fold(terms.words.at(i).toUtf8(),
                                FTS5_TOKENIZE_QUERY | (prefix ? FTS5_TOKENIZE_PREFIX : 0));
        if (!phrase.tokens.empty() && phrase.tokens.size() <= MaxPhraseTokens)
            d->phrases.push_back(std::move(phrase));
    }
}

SearchMarker::~SearchMarker()
{
    if (d->tokenizer)
        d->api.xDelete(d->tokenizer);
    sqlite3_close(d->db);
}

bool SearchMarker::isValid() const
{
    return d->tokenizer != nullptr;
}

QString SearchMarker::error() const
{
    return d->error;
}

qint64 SearchMarker::work() const
{
    return d->work;
}

QString SearchMarker::mark(const QString &text)
{
    if (!d->tokenizer || d->phrases.empty() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    d->ranges.clear();
    d->tokenCount = 0;
    for (Private::Phrase &phrase : d->phrases)
        phrase.state = 0;
    d->api.xTokenize(d->tokenizer, d.get(), FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                     int(utf8.size()), Private::markToken);
    if (d->ranges.empty())
        return text;
    // Phrases of several tokens end in order but may start out of it;
    // overlapping matches become one mark, as in highlight().
    std::sort(d->ranges.begin(), d->ranges.end());
    QByteArray marked;
    marked.reserve(utf8.size() + 2 * qsizetype(d->ranges.size()));
    const char startMark = char(SearchMatchStart.unicode());
    const char endMark = char(SearchMatchEnd.unicode());
    int copied = 0;
    for (std::size_t i = 0; i < d->ranges.size();) {
        const int start = d->ranges[i].first;
        int end = d->ranges[i].second;
        for (++i; i < d->ranges.size() && d->ranges[i].first < end; ++i)
            end = std::max(end, d->ranges[i].second);
        marked.append(utf8.constData() + copied, start - copied);
        marked.append(startMark);
        marked.append(utf8.constData() + start, end - start);
        marked.append(endMark);
        copied = end;
    }
    marked.append(utf8.constData() + copied, utf8.size() - copied);
    d->work += marked.size();
    return QString::fromUtf8(marked);
}

} // namespace Spill
