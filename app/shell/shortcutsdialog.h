// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace Spill {

// Help > Keyboard Shortcuts: every menu command that has a key, read from
// the window's menus as they are, then the keys that act inside a field,
// list or player, which no menu shows.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace Spill
