// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "writing/personaldictionary.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Spill {

class PreferencesStore;

// Preferences' spelling page: the language new stories are checked in, and
// the personal dictionary's words, added and removed here. The dictionary
// is its file (PreferencesStore::personalDictionaryPath()); after each
// change has landed the store tells the open checker to read it again.
class SpellingPage : public QWidget
{
    Q_OBJECT

public:
    explicit SpellingPage(PreferencesStore &preferences, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *wordEdit() const { return m_word; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QListWidget *wordList() const { return m_words; }

    // What the buttons do. The file is changed on the personal
    // dictionaries' writer thread; the list shows the file's words, or the
    // error, when the change has landed. False for a word that cannot be
    // kept (empty, several lines).
    bool addWord(const QString &word);
    void removeWord(const QString &word);

signals:
    // A change asked for here has landed in the file, or failed.
    void wordsChanged();

private:
    void changeWord(const QString &word, PersonalDictionary::Edit edit);
    void fillLanguages();
    void loadWords();
    void showWords(const QStringList &words);
    void showError(const QString &error);

    PreferencesStore &m_preferences;
    QComboBox *m_language = nullptr;
    QLineEdit *m_word = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_words = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Spill
