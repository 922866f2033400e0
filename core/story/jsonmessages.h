// SPDX-License-Identifier: GPL-3.0-or-later
// What the spill-story/1 readers say about a wrong value.
#pragma once

#include <QJsonValue>
#include <QString>

namespace Spill::JsonMessages {

// A value quoted back in a message, cut short: a message is not a dump.
QString quoted(const QString &value);

// What kind of value it is, in words: "a string", "null", ...
QString typeName(const QJsonValue &value);

// "\"changes[0].kind\" must be a string, not a number"
QString wrongType(const QString &key, const QString &expected, const QJsonValue &value);

// The same into `error`, with `expected` an English source text of context
// "StoryJson" (QT_TRANSLATE_NOOP), for readers that stop there: returns false.
bool failWrongType(QString *error, const QString &key, const char *expected,
                   const QJsonValue &value);

// "\"outcome\" must be one of rescued, partly, binned, not \"saved\""
QString badChoice(const QString &key, const QString &choices, const QString &value);

} // namespace Spill::JsonMessages
