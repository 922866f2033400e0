// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Spill {

class PreferencesStore;

// Preferences' export targets page: what the Export place remembers, shown
// and forgettable: the target it opens on, and for each format and folder
// whether that blog takes comments. WordPress sites have a page of their own
// (WordPressSitesPage).
class ExportTargetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExportTargetsPage(PreferencesStore &preferences, QWidget *parent = nullptr);

    QTreeWidget *targetList() const { return m_targets; }
    QPushButton *forgetButton() const { return m_forget; }
    QPushButton *forgetLastButton() const { return m_forgetLast; }

private:
    void showTargets();
    void forgetSelected();

    PreferencesStore &m_preferences;
    QLabel *m_last = nullptr;
    QPushButton *m_forgetLast = nullptr;
    QTreeWidget *m_targets = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace Spill
