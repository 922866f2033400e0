// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "keybindings.h"
#include "widgetkeys.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Spill {

namespace {

QString native(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

void addMenu(QTreeWidgetItem *group, QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(group, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << native(sequence);
        new QTreeWidgetItem(group, {keys.join(QStringLiteral(", ")), shortcutName(action)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list = new QTreeWidget;
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    // The menus, read as they are: a command given a key shows up here.
    for (QAction *title : window->menuBar()->actions()) {
        QMenu *menu = title->menu();
        if (!menu)
            continue;
        auto *group =
            new QTreeWidgetItem(m_list, {tr("%1 menu").arg(withoutMnemonic(menu->title()))});
        addMenu(group, menu);
        if (group->childCount() == 0)
            delete group;
    }

    // Keys that act inside one field, list or player, which no menu shows:
    // from the table their widgets use.
    for (const WidgetKeyGroup &group : widgetKeyGroups()) {
        auto *item = new QTreeWidgetItem(m_list, {tr(group.name)});
        for (const WidgetKeyEntry &entry : group.entries) {
            QStringList keys;
            for (const QKeySequence &sequence : entry.sequences)
                keys << native(sequence);
            new QTreeWidgetItem(item, {keys.join(QStringLiteral(", ")), tr(entry.what)});
        }
    }

    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 46, line * 40);
}

} // namespace Spill
