// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstate.h"

#include "preferences/settingswriter.h"

#include <QLayout>
#include <QSplitter>
#include <QWidget>

namespace Spill {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");

// A splitter's key names its place, its name (or its rank among the place's
// splitters), its orientation and its number of panes: state saved for a
// splitter laid out differently is never applied to it.
QString splitterKey(const QSplitter *splitter, int rank, const QString &placeKey)
{
    const QString name = splitter->objectName().isEmpty() ? QStringLiteral("splitter%1").arg(rank)
                                                          : splitter->objectName();
    return QStringLiteral("window/%1/%2-%3%4")
        .arg(placeKey, name,
             splitter->orientation() == Qt::Horizontal ? QStringLiteral("h") : QStringLiteral("v"))
        .arg(splitter->count());
}

} // namespace

WindowState::WindowState(const QString &settingsFile)
    : m_file(settingsFile)
{
}

bool WindowState::restoreGeometry(QWidget *window) const
{
    const QByteArray geometry = SettingsWriter::shared().value(m_file, GeometryKey).toByteArray();
    // Qt keeps the window on a screen that exists now.
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void WindowState::saveGeometry(const QWidget *window) const
{
    // Written on the settings writer's thread; it lands before Spill exits.
    SettingsWriter::shared().write(m_file, {{GeometryKey, window->saveGeometry()}});
}

void WindowState::restoreSplitters(QWidget *place, const QString &placeKey) const
{
    const QList<QSplitter *> splitters = place->findChildren<QSplitter *>();
    if (splitters.isEmpty())
        return;
    // A place just built has not been laid out yet: a splitter given its
    // sizes at its first, tiny size would spread them anew when it grows.
    if (place->isVisible()) {
        if (QLayout *layout = place->window()->layout())
            layout->activate();
    }
    for (int i = 0; i < splitters.size(); ++i) {
        const QByteArray state = SettingsWriter::shared()
                                     .value(m_file, splitterKey(splitters.at(i), i, placeKey))
                                     .toByteArray();
        if (!state.isEmpty())
            splitters.at(i)->restoreState(state);
    }
}

void WindowState::saveSplitters(const QWidget *place, const QString &placeKey) const
{
    const QList<QSplitter *> splitters = place->findChildren<QSplitter *>();
    if (splitters.isEmpty())
        return;
    QList<SettingsWriter::Change> changes;
    for (int i = 0; i < splitters.size(); ++i)
        changes.append({splitterKey(splitters.at(i), i, placeKey), splitters.at(i)->saveState()});
    SettingsWriter::shared().write(m_file, changes);
}

} // namespace Spill
