// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Spill {

// The creator's own words ("mirepoix", "Spill"): a UTF-8 text file, one word
// per line, rewritten atomically on every change. Without a file it keeps
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
    // Removes the word (as stored) and rewrites the file; on failure the
    // word stays and `error` names the file. A word not there is no error.
    bool remove(const QString &word, QString *error = nullptr);

    // Exact match, or any capitalisation of a word stored in lowercase.
    bool contains(const QString &word) const;
    QStringList words() const;

private:
    // Writes `words` as the file's whole content; false and `error` if not.
    bool save(QStringList words, QString *error) const;

    QString m_path;
    QSet<QString> m_words;
};

} // namespace Spill
