// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace Spill {

class ExportTargetsPage;
class PreferencesStore;
class SpellingPage;
class WordPressSitesPage;

// Edit ▸ Preferences… (Ctrl+,): appearance, spelling, export targets and
// the version interval. Every change applies at once and is kept in the
// store; Close only closes.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(PreferencesStore &preferences, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    QRadioButton *lightButton() const { return m_light; }
    QRadioButton *darkButton() const { return m_dark; }
    QRadioButton *systemButton() const { return m_system; }
    SpellingPage *spellingPage() const { return m_spelling; }
    ExportTargetsPage *exportTargetsPage() const { return m_exportTargets; }
    WordPressSitesPage *wordPressPage() const { return m_wordPress; }
    QSpinBox *versionIntervalBox() const { return m_interval; }

private:
    QWidget *createAppearancePage();
    QWidget *createHistoryPage();

    PreferencesStore &m_preferences;
    QTabWidget *m_pages = nullptr;
    QButtonGroup *m_appearance = nullptr;
    QRadioButton *m_light = nullptr;
    QRadioButton *m_dark = nullptr;
    QRadioButton *m_system = nullptr;
    SpellingPage *m_spelling = nullptr;
    ExportTargetsPage *m_exportTargets = nullptr;
    WordPressSitesPage *m_wordPress = nullptr;
    QSpinBox *m_interval = nullptr;
};

} // namespace Spill
