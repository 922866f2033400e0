// SPDX-License-Identifier: GPL-3.0-or-later
#include "keybindings.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace Spill {

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // a literal '&'
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString shortcutName(const QAction *action)
{
    const QString name = action->property(ShortcutNameProperty).toString();
    return name.isEmpty() ? withoutMnemonic(action->text()) : name;
}

QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

namespace {

void addMnemonic(QList<KeyBinding> &out, const QString &text, const QString &where)
{
    const QChar letter = mnemonicOf(text);
    if (letter.isNull())
        return;
    out.append(
        {QKeySequence(QStringLiteral("Alt+") + letter.toUpper()), withoutMnemonic(text), where});
}

bool actsInWindow(const QAction *action, const QWidget *window)
{
    if (action->shortcutContext() == Qt::ApplicationShortcut)
        return true;
    if (action->shortcutContext() != Qt::WindowShortcut)
        return false; // a widget's own keys, while it has the focus
    for (const QObject *object : action->associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (!widget || widget->window() != window)
            continue;
        // A menu's actions act while the window does; a widget's while it shows.
        if (qobject_cast<const QMenu *>(widget) || widget->isVisible())
            return true;
    }
    return false;
}

} // namespace

QList<KeyBinding> windowKeyBindings(QWidget *window)
{
    QList<KeyBinding> out;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!actsInWindow(action, window))
            continue;
        for (const QKeySequence &keys : action->shortcuts()) {
            QString where;
            for (const QObject *object : action->associatedObjects()) {
                if (const auto *menu = qobject_cast<const QMenu *>(object))
                    where = withoutMnemonic(menu->title());
            }
            out.append({keys, withoutMnemonic(action->text()), where});
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuWidget()) {
        if (auto *bar = qobject_cast<QMenuBar *>(main->menuWidget())) {
            for (QAction *action : bar->actions())
                addMnemonic(out, action->text(), QString());
        }
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        // A disabled control's key acts once it is enabled: it counts.
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            addMnemonic(out, label->text(), QString());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            addMnemonic(out, button->text(), QString());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            addMnemonic(out, box->title(), QString());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    addMnemonic(out, tabs->tabText(i), QString());
            }
        }
    }
    return out;
}

QList<KeyBinding> menuKeyBindings(QMenu *menu)
{
    QList<KeyBinding> out;
    const QString where = withoutMnemonic(menu->title());
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (!letter.isNull())
            out.append({QKeySequence(letter.toUpper()), withoutMnemonic(action->text()), where});
    }
    return out;
}

QStringList keyClashes(const QList<KeyBinding> &bindings)
{
    QHash<QKeySequence, QStringList> byKeys;
    for (const KeyBinding &binding : bindings) {
        QStringList &names = byKeys[binding.keys];
        if (!names.contains(binding.what))
            names.append(binding.what);
    }
    QStringList clashes;
    for (auto it = byKeys.cbegin(); it != byKeys.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.key().toString(QKeySequence::PortableText) + QStringLiteral(": ") +
                           it.value().join(QStringLiteral(" / ")));
    }
    clashes.sort();
    return clashes;
}

} // namespace Spill
