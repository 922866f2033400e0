// SPDX-License-Identifier: GPL-3.0-or-later
// Marking a search's matches in a story's text, as FTS5's highlight() marks
// them, in time linear in the text. Internal to core/library.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Spill {

// The words of a typed search as toFtsQuery() quotes them: every word
// required, the last one a prefix unless the text ends after it.
struct SearchTerms
{
    QStringList words;
    bool lastIsPrefix = false;
};
SearchTerms searchTerms(const QString &text);

// Marks the matches of `terms` in a column's text between SearchMatchStart
// and SearchMatchEnd, exactly where highlight() puts them: the text is cut
// into words and folded by SQLite's own unicode61 tokenizer with the
// index's options (case and diacritics folded), so FTS5 and the marks
// agree on every word. FTS5 only chooses and ranks the rows: SQLite
// 3.40's highlight() copies its whole output again for every match, which
// is quadratic in the matches of one story (a beat repeating the searched
// word: 400 KB took 6 s).
class SearchMarker
{
public:
    explicit SearchMarker(const SearchTerms &terms);
    ~SearchMarker();
    SearchMarker(const SearchMarker &) = delete;
    SearchMarker &operator=(const SearchMarker &) = delete;

    // False, with error() saying why, when SQLite's tokenizer is not there.
    bool isValid() const;
    QString error() const;

    QString mark(const QString &text);

    // The tokens read and bytes written so far: work that grows with the
    // text, counted so a test can check it grows linearly without timing.
    qint64 work() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Spill
