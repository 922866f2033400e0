// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Spill::Test {

// A spill-story/1 file titled "Flat focaccia" with empty beats and, unless
// `value` is undefined, `key` set to it: for testing one optional key.
inline QByteArray focacciaJsonWith(const QString &key, const QJsonValue &value)
{
    QJsonObject root {{QStringLiteral("format"), QStringLiteral("spill-story/1")},
                      {QStringLiteral("title"), QStringLiteral("Flat focaccia")},
                      {QStringLiteral("beats"),
                       QJsonObject {{QStringLiteral("intended"), QString()},
                                    {QStringLiteral("went_wrong"), QString()},
                                    {QStringLiteral("salvage"), QString()},
                                    {QStringLiteral("lesson"), QString()},
                                    {QStringLiteral("call_to_action"), QString()}}}};
    if (!value.isUndefined())
        root.insert(key, value);
    return QJsonDocument(root).toJson();
}

} // namespace Spill::Test
