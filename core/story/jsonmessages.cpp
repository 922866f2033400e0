// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonmessages.h"

#include <QCoreApplication>

namespace Spill::JsonMessages {

QString quoted(const QString &value)
{
    constexpr qsizetype MaxShown = 60;
    if (value.size() <= MaxShown)
        return value;
    return value.left(MaxShown) + QChar(0x2026);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("StoryJson", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("StoryJson", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("StoryJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("StoryJson", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("StoryJson", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("StoryJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("StoryJson", "nothing");
}

QString wrongType(const QString &key, const QString &expected, const QJsonValue &value)
{
    return QCoreApplication::translate("StoryJson", "\"%1\" must be %2, not %3")
        .arg(key, expected, typeName(value));
}

bool failWrongType(QString *error, const QString &key, const char *expected,
                   const QJsonValue &value)
{
    *error = wrongType(key, QCoreApplication::translate("StoryJson", expected), value);
    return false;
}

QString badChoice(const QString &key, const QString &choices, const QString &value)
{
    return QCoreApplication::translate("StoryJson", "\"%1\" must be one of %2, not \"%3\"")
        .arg(key, choices, quoted(value));
}

} // namespace Spill::JsonMessages
