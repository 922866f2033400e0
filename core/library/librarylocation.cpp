// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylocation.h"

#include <QDir>
#include <QStandardPaths>

namespace Spill {

QString defaultLibraryPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("library"));
}

} // namespace Spill
