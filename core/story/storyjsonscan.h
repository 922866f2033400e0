// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace Spill {

// What QJsonDocument does not keep: the exact text of each value, and a
// key's second value in the same object. Qt's
// reader turns an unpaired surrogate escape into a character made with the
// next one, drops a leading U+FEFF and replaces U+FFFE and U+FFFF, and reads
// every number as a double. A second pass over the bytes of a document that
// Qt has already accepted finds what it would have changed.
struct JsonScan
{
    // The first string value Qt would not keep exactly: its key path in the
    // story's terms ("beats.lesson", "media[0].caption") and why, in words.
    QString alteredKey;
    QString alteredReason;
    // Every number's token as written, by key path.
    QHash<QString, QByteArray> numbers;
    // The first key given twice in one object, by its path: Qt keeps one of
    // the two values and says nothing.
    QString duplicateKey;
};

// `json` must already have been accepted by QJsonDocument::fromJson().
JsonScan scanJson(const QByteArray &json);

} // namespace Spill
