// SPDX-License-Identifier: GPL-3.0-or-later
// What `check` and a command about to write ask of the database beyond
// PRAGMA integrity_check (see Library::check()).
#include "library.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Spill {

bool Library::quickCheck()
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query, QStringLiteral("PRAGMA quick_check"), {}, &error))
        return fail(tr("the library file is damaged"), error);
    QStringList findings;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok"))
            findings.append(line);
    }
    if (query.lastError().isValid())
        return fail(tr("the library file is damaged"), query.lastError().text());
    if (!findings.isEmpty())
        return fail(tr("the library file is damaged"),
                    findings.first() +
                        (findings.size() > 1
                             ? tr(" (and %1 more findings)").arg(findings.size() - 1)
                             : QString()));
    return true;
}

std::optional<QSet<QString>> Library::usedMediaHashes()
{
    QSqlQuery query(database());
    QString error;
    if (!Sql::run(query,
                  QStringLiteral("SELECT hash FROM media UNION "
                                 "SELECT json_extract(m.value, '$.hash') FROM revisions r, "
                                 "json_each(r.snapshot, '$.media') m"),
                  {}, &error)) {
        fail(tr("cannot read which media files are used"), error);
        return std::nullopt;
    }
    QSet<QString> hashes;
    while (query.next())
        hashes.insert(query.value(0).toString());
    return hashes;
}

} // namespace Spill
