// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Spill {

// The creator's own words ("mirepoix", "Spill"): a UTF-8 text file, one word
// per line, rewritten atomically on every change. Without a file it keeps
// the words in memory only. add() and remove() write at once, on the thread
// calling them; the GUI changes the file through changeFile() instead.
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

    // In memory only, for a change whose file write is on its way
    // (changeFile()): true when the word was not there and is now.
    bool accept(const QString &word);
    // In memory only: true when the word was there and is not now.
    bool forget(const QString &word);

    enum class Edit { Add, Remove };
    struct FileChange
    {
        QString error; // names the file; empty when the file holds the change
        QStringList words; // the file's words after the change
    };
    // Reads the file at `path`, adds or removes `word` and writes it back,
    // on the one thread that writes personal dictionaries: changes reach
    // the file in the order asked, each on top of the last, and the thread
    // asking never waits for the disk.
    static QFuture<FileChange> changeFile(const QString &path, const QString &word, Edit edit);
    // Waits until every change asked for so far is in its file; Spill waits
    // for them before it exits.
    static void waitForFileChanges();

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
