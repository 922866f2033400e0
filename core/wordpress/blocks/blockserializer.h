// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Spill {

// A block's attributes, in the order the editor writes them.
using BlockAttributes = QList<std::pair<QString, QJsonValue>>;

// The attributes as they stand in a block's opening comment, the way
// WordPress's serializer writes them: JSON, with "--", '<', '>', '&' and
// an escaped '"' written as \u escapes, so that no value can end the
// comment, open markup or lose its quotes to the server's unslashing.
QString serializedBlockAttributes(const BlockAttributes &attributes);

// One block: its comment delimiters around its saved HTML, with one line
// break inside each, as the serializer writes them. `name` is a core
// block's name without "core/".
QString serializedBlock(const QString &name, const QString &html,
                        const BlockAttributes &attributes = {});

} // namespace Spill
