// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Spill {

// The creator's own words ("mirepoix", "Spill"): a UTF-8 text file, one word
// per line, rewritten atomically on every addition. Without a file it keeps
// the words in memory only.
class PersonalDictionary
{
public:
    PersonalDictionary() = default;

    // Reads the file; a missing file is an empty dictionary, not an error.
    bool load(const QString &path, QString *error = nullptr);
    QString path() const { return m_path; }

    // Adds the word and rewrites the file. On failure the word is not added
    // and `error` names the file and the reason.
    bool add(const QString &word, QString *error = nullptr);

    // Exact match, or any capitalisation of a word stored in lowercase.
    bool contains(const QString &word) const;
    QStringList words() const;

private:
    QString m_path;
    QSet<QString> m_words;
};

} // namespace Spill
