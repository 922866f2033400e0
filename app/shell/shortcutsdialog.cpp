// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "keybindings.h"

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

struct Key
{
    QKeySequence keys;
    const char *what;
};

struct Group
{
    const char *name;
    QList<Key> keys;
};

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
        new QTreeWidgetItem(group,
                            {keys.join(QStringLiteral(", ")), withoutMnemonic(action->text())});
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

    // Keys that act inside one field, list or player, which no menu shows.
    const QList<Group> inside = {
        {QT_TR_NOOP("Writing a beat"),
         {{QKeySequence(QStringLiteral("Ctrl+B")), QT_TR_NOOP("Bold")},
          {QKeySequence(QStringLiteral("Ctrl+I")), QT_TR_NOOP("Italic")},
          {QKeySequence(QStringLiteral("Ctrl+K")), QT_TR_NOOP("Link")},
          {QKeySequence(QStringLiteral("Up")), QT_TR_NOOP("On the first line: the beat above")},
          {QKeySequence(QStringLiteral("Down")), QT_TR_NOOP("On the last line: the beat below")},
          {QKeySequence(QStringLiteral("Alt+Down")),
           QT_TR_NOOP("On a beat's heading: suggestions, or no heading")}}},
        {QT_TR_NOOP("Photos and clips of a beat"),
         {{QKeySequence(QStringLiteral("Left")), QT_TR_NOOP("Previous photo or clip")},
          {QKeySequence(QStringLiteral("Right")), QT_TR_NOOP("Next photo or clip")},
          {QKeySequence(QStringLiteral("Ctrl+Left")), QT_TR_NOOP("Move it earlier")},
          {QKeySequence(QStringLiteral("Ctrl+Right")), QT_TR_NOOP("Move it later")},
          {QKeySequence(QStringLiteral("Return")),
           QT_TR_NOOP("Play a clip; for a photo, write its alt text")},
          {QKeySequence(QStringLiteral("Del")), QT_TR_NOOP("Remove from the story")},
          {QKeySequence(QStringLiteral("Ctrl+V")), QT_TR_NOOP("Paste a copied photo")}}},
        {QT_TR_NOOP("Playing a clip"),
         {{QKeySequence(QStringLiteral("Space")), QT_TR_NOOP("Play or pause")},
          {QKeySequence(QStringLiteral("Left")), QT_TR_NOOP("One second back")},
          {QKeySequence(QStringLiteral("Right")), QT_TR_NOOP("One second on")},
          {QKeySequence(QStringLiteral("Shift+Left")), QT_TR_NOOP("A frame back")},
          {QKeySequence(QStringLiteral("Shift+Right")), QT_TR_NOOP("A frame on")},
          {QKeySequence(QStringLiteral("Alt+P")), QT_TR_NOOP("Use this frame as poster")}}},
        {QT_TR_NOOP("Story list and Gallery"),
         {{QKeySequence(QStringLiteral("Return")), QT_TR_NOOP("Open the story")},
          {QKeySequence(QStringLiteral("Del")), QT_TR_NOOP("Move to the trash")},
          {QKeySequence(QStringLiteral("Return")), QT_TR_NOOP("In the trash: restore")}}},
        {QT_TR_NOOP("Export"),
         {{QKeySequence(QStringLiteral("Ctrl+E")), QT_TR_NOOP("Export the checked stories")},
          {QKeySequence(QStringLiteral("Ctrl+Shift+C")), QT_TR_NOOP("Copy HTML")},
          {QKeySequence(QStringLiteral("Ctrl+Shift+M")), QT_TR_NOOP("Copy Markdown")},
          {QKeySequence(QStringLiteral("Ctrl+Shift+W")), QT_TR_NOOP("Copy for WordPress")}}},
    };
    for (const Group &group : inside) {
        auto *item = new QTreeWidgetItem(m_list, {tr(group.name)});
        for (const Key &key : group.keys)
            new QTreeWidgetItem(item, {native(key.keys), tr(key.what)});
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
