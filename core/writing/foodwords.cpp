// SPDX-License-Identifier: GPL-3.0-or-later
#include "foodwords.h"

#include <QFile>
#include <QStringList>

namespace Spill {

QSet<QString> foodWords(const QString &language)
{
    const QString code = language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    QFile file(QStringLiteral(":/foodwords/%1.txt").arg(code));
    QSet<QString> words;
    if (code.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            words.insert(word.toLower());
    }
    return words;
}

} // namespace Spill
