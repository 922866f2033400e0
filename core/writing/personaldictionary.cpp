// SPDX-License-Identifier: GPL-3.0-or-later
#include "writing/personaldictionary.h"

#include "files/wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace Spill {

bool PersonalDictionary::load(const QString &path, QString *error)
{
    m_path = path;
    m_words.clear();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("Spill::PersonalDictionary",
                                                 "Cannot read the personal dictionary %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty())
            m_words.insert(word);
    }
    return true;
}

bool PersonalDictionary::add(const QString &word, QString *error)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n') || m_words.contains(trimmed))
        return !trimmed.isEmpty();
    QStringList all = words();
    all.append(trimmed);
    if (!save(all, error))
        return false;
    m_words.insert(trimmed);
    return true;
}

bool PersonalDictionary::remove(const QString &word, QString *error)
{
    if (!m_words.contains(word))
        return true;
    QStringList all = words();
    all.removeAll(word);
    if (!save(all, error))
        return false;
    m_words.remove(word);
    return true;
}

bool PersonalDictionary::save(QStringList words, QString *error) const
{
    if (m_path.isEmpty())
        return true;
    std::sort(words.begin(), words.end());
    QSaveFile file(m_path);
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = QCoreApplication::translate("Spill::PersonalDictionary",
                                                 "Cannot save the personal dictionary %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), reason);
        }
        return false;
    };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray text = words.isEmpty() ? QByteArray() : words.join(u'\n').toUtf8() + '\n';
    if (const QString reason = writeWhole(file, text); !reason.isEmpty())
        return fail(reason);
    return true;
}

bool PersonalDictionary::accept(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n') || m_words.contains(trimmed))
        return false;
    m_words.insert(trimmed);
    return true;
}

bool PersonalDictionary::forget(const QString &word)
{
    return m_words.remove(word);
}

namespace {

QThreadPool &fileChanges()
{
    static QThreadPool pool;
    static const bool once = [] {
        // One thread: a change reads the file as the change before it left it.
        pool.setMaxThreadCount(1);
        // The last changes land when the application object goes, while Qt
        // is still whole.
        qAddPostRoutine(&PersonalDictionary::waitForFileChanges);
        return true;
    }();
    Q_UNUSED(once);
    return pool;
}

} // namespace

QFuture<PersonalDictionary::FileChange>
PersonalDictionary::changeFile(const QString &path, const QString &word, Edit edit)
{
    return QtConcurrent::run(&fileChanges(), [path, word, edit] {
        PersonalDictionary dictionary;
        FileChange change;
        if (dictionary.load(path, &change.error)) {
            if (edit == Edit::Add)
                dictionary.add(word, &change.error);
            else
                dictionary.remove(word, &change.error);
        }
        change.words = dictionary.words();
        return change;
    });
}

void PersonalDictionary::waitForFileChanges()
{
    fileChanges().waitForDone();
}

bool PersonalDictionary::contains(const QString &word) const
{
    return m_words.contains(word) || m_words.contains(word.toLower());
}

QStringList PersonalDictionary::words() const
{
    QStringList list(m_words.begin(), m_words.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace Spill
