// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockserializer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Spill {

namespace {

// One JSON value, compact, as JSON.stringify writes it.
QString json(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // without [ and ]
}

} // namespace

QString serializedBlockAttributes(const BlockAttributes &attributes)
{
    if (attributes.isEmpty())
        return {};
    QStringList members;
    for (const auto &[key, value] : attributes)
        members.append(json(key) + u':' + json(value));
    const QString raw = u'{' + members.join(u',') + u'}';
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        const QChar next = i + 1 < raw.size() ? raw.at(i + 1) : QChar();
        if (c == u'\\') {
            // An escape stays whole: a quote in it is the only one rewritten.
            out += next == u'"' ? QStringLiteral("\\u0022") : QString(c) + next;
            ++i;
        } else if (c == u'-' && next == u'-') {
            out += QLatin1StringView("\\u002d\\u002d");
            ++i;
        } else if (c == u'<') {
            out += QLatin1StringView("\\u003c");
        } else if (c == u'>') {
            out += QLatin1StringView("\\u003e");
        } else if (c == u'&') {
            out += QLatin1StringView("\\u0026");
        } else {
            out += c;
        }
    }
    return out;
}

QString serializedBlock(const QString &name, const QString &html, const BlockAttributes &attributes)
{
    const QString serialized = serializedBlockAttributes(attributes);
    const QString open = serialized.isEmpty()
        ? QStringLiteral("<!-- wp:%1 -->").arg(name)
        : QStringLiteral("<!-- wp:%1 %2 -->").arg(name, serialized);
    return open + u'\n' + html + QStringLiteral("\n<!-- /wp:%1 -->").arg(name);
}

} // namespace Spill
