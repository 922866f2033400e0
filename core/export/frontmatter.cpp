// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include "postwords.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Spill {

namespace {

// Characters a YAML reader folds, drops or refuses when they stand raw in a
// scalar: C0 and C1 controls (CR, NEL), DEL, the Unicode line and paragraph
// separators, the byte order mark and the two noncharacters.
bool needsEscapes(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF ||
            u == 0xFFFE || u == 0xFFFF)
            return true;
    }
    return false;
}

// True when a YAML 1.1 or 1.2 reader (Hugo's, Jekyll's Psych) would read the
// plain scalar as something other than a string: null, a boolean, an
// integer in any base or in sexagesimal, a float, a date or time, a merge
// or value key, or (Psych) a symbol. Such values are quoted.
bool readsAsOtherThanText(const QString &value)
{
    static const QRegularExpression typed(QStringLiteral(
        "^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|"
        "on|On|ON|off|Off|OFF|<<|=|[-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN)|"
        "[-+]?[.0-9][-+0-9a-fA-FxXoObB_,.:TtZz \t]*|:.*)$"));
    return typed.match(value).hasMatch();
}

void emitString(YAML::Emitter &out, const QString &value)
{
    if (needsEscapes(value))
        out << YAML::EscapeNonAscii << YAML::DoubleQuoted;
    else if (readsAsOtherThanText(value))
        out << YAML::DoubleQuoted;
    out << value.toStdString();
}

} // namespace

void emitEntry(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value;
    emitString(out, value);
}

void emitEntry(YAML::Emitter &out, const char *key, const QStringList &values)
{
    out << YAML::Key << key << YAML::Value;
    if (values.isEmpty())
        out << YAML::Flow; // "tags: []" rather than "[]" on a line of its own
    out << YAML::BeginSeq;
    for (const QString &value : values)
        emitString(out, value);
    out << YAML::EndSeq;
}

void emitEntry(YAML::Emitter &out, const char *key, bool value)
{
    out << YAML::Key << key << YAML::Value << value;
}

void emitDate(YAML::Emitter &out, const char *key, const QDateTime &when)
{
    if (when.isValid())
        out << YAML::Key << key << YAML::Value
            << when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate).toStdString();
}

QStringList failureKindKeys(const QList<FailureKind> &kinds)
{
    QStringList keys;
    for (FailureKind kind : kinds)
        keys << failureKindKey(kind);
    return keys;
}

QStringList failureKindLabels(const QList<FailureKind> &kinds, const PostWords &words)
{
    QStringList labels;
    for (FailureKind kind : kinds)
        labels << words.failureKind(kind);
    return labels;
}

} // namespace Spill
