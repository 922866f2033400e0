// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QMenu;
class QWidget;

class QAction;

namespace Spill {

// One key that does something in a window: a shortcut of an action, or the
// Alt+letter of a mnemonic ("&Title" on a label, a button, a tab, a menu).
struct KeyBinding
{
    QKeySequence keys;
    QString what; // the action's or the control's text, without '&'
    QString where; // the menu it is in, or empty for a control in the window
};

// The letter after a single '&' in `text` (lower case), or a null QChar.
QChar mnemonicOf(const QString &text);
// `text` without its mnemonic marks ("&&" stays one '&').
QString withoutMnemonic(const QString &text);

// The property an action whose text changes ("Undo Title") sets to the
// name Help > Keyboard Shortcuts lists it by ("Undo").
inline constexpr char ShortcutNameProperty[] = "spillShortcutName";
// What Help > Keyboard Shortcuts calls `action`.
QString shortcutName(const QAction *action);

// Every key that acts while `window` is active, as it is now: the window's
// and application's action shortcuts, the menu bar's titles, and the
// mnemonics of the controls that are visible (a control on a hidden page
// has no say until its page shows).
QList<KeyBinding> windowKeyBindings(QWidget *window);
// The mnemonics inside one menu, which act only while it is open.
QList<KeyBinding> menuKeyBindings(QMenu *menu);

// Pairs of bindings that share a key, as "Alt+R: Role / Recipe link".
QStringList keyClashes(const QList<KeyBinding> &bindings);

} // namespace Spill
