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
// change the store tells the open checker to read it again.
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

    // What the buttons do.
    bool addWord(const QString &word);
    bool removeWord(const QString &word);

private:
    void fillLanguages();
    void loadWords();
    void showWords();
    void showError(const QString &error);

    PreferencesStore &m_preferences;
    PersonalDictionary m_dictionary;
    QComboBox *m_language = nullptr;
    QLineEdit *m_word = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_words = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Spill
