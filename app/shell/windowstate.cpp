// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstate.h"

#include "preferences/settingswriter.h"

#include <QLayout>
#include <QSettings>
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
    const QByteArray geometry = openSettingsFile(m_file)->value(GeometryKey).toByteArray();
    // Qt keeps the window on a screen that exists now.
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void WindowState::saveGeometry(const QWidget *window) const
{
    const auto settings = openSettingsFile(m_file);
    settings->setValue(GeometryKey, window->saveGeometry());
    settings->sync();
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
    const auto settings = openSettingsFile(m_file);
    for (int i = 0; i < splitters.size(); ++i) {
        const QByteArray state =
            settings->value(splitterKey(splitters.at(i), i, placeKey)).toByteArray();
        if (!state.isEmpty())
            splitters.at(i)->restoreState(state);
    }
}

void WindowState::saveSplitters(const QWidget *place, const QString &placeKey) const
{
    const QList<QSplitter *> splitters = place->findChildren<QSplitter *>();
    if (splitters.isEmpty())
        return;
    const auto settings = openSettingsFile(m_file);
    for (int i = 0; i < splitters.size(); ++i)
        settings->setValue(splitterKey(splitters.at(i), i, placeKey), splitters.at(i)->saveState());
    settings->sync();
}

} // namespace Spill
