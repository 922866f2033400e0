// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Spill {

// What the Export place remembers about a target (a format and a folder):
// today, whether that blog takes comments. Web publishing targets will be
// listed beside these.
struct RememberedExportTarget
{
    QString formatKey; // "hugo", as exportFormatKey() writes it
    QString folder;
    bool comments = false;

    bool operator==(const RememberedExportTarget &other) const = default;
};

// The target the Export place opens on: its last format, theme and folder.
struct LastExportTarget
{
    QString formatKey;
    QString theme;
    QString folder;

    bool isEmpty() const { return formatKey.isEmpty() && theme.isEmpty() && folder.isEmpty(); }
};

// The settings key under which a target's comments choice is kept.
QString exportCommentsKey(const QString &formatKey, const QString &folder);

} // namespace Spill
