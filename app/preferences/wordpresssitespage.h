// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Spill {

class PreferencesStore;

// Preferences' WordPress page: the sites Spill publishes to. Adding one
// keeps its address and user in the settings and its application password
// in the system keyring; removing one forgets both. "Check Connection" tries
// the selected site with the password from the keyring (or asks for it).
class WordPressSitesPage : public QWidget
{
    Q_OBJECT

public:
    explicit WordPressSitesPage(PreferencesStore &preferences, QWidget *parent = nullptr);

    QTreeWidget *siteList() const { return m_sites; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }

private:
    void showSites();
    void addSite();
    void checkSelected();
    void removeSelected();
    void updateButtons();

    PreferencesStore &m_preferences;
    QTreeWidget *m_sites = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Spill
