// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Spill {

// Where the creator left the window: its geometry and the sizes of the
// splitters in each place, kept in Spill's settings file for all libraries.
// Reading it costs one small file read, so it can happen before the first
// frame; a place's splitters are restored when the place is built.
class WindowState
{
public:
    // `settingsFile` empty: the user's spill.ini.
    explicit WindowState(const QString &settingsFile = {});

    // Before the window shows; false (and nothing changed) if none was saved.
    bool restoreGeometry(QWidget *window) const;
    void saveGeometry(const QWidget *window) const;

    // The splitters under `place`, by the place's key ("write", "gallery"…).
    void restoreSplitters(QWidget *place, const QString &placeKey) const;
    void saveSplitters(const QWidget *place, const QString &placeKey) const;

private:
    QString m_file;
};

} // namespace Spill
