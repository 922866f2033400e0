// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>

std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}

namespace Spill::Test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(SPILL_TEST_DATA_DIR)).filePath(relative);
}

} // namespace Spill::Test
