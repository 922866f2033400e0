// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include "postwords.h"

#include <QRegularExpression>

#include <cstdio>
#include <string_view>
#include <yaml-cpp/yaml.h>

namespace Spill {

namespace {

// Characters a YAML reader folds, drops or refuses when they stand raw in a
// scalar: C0 and C1 controls (CR, NEL), DEL, the Unicode line and paragraph
// separators and the byte order mark.
bool mustEscape(char32_t u)
{
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF;
}

bool isNoncharacter(char32_t u)
{
    return (u >= 0xFDD0 && u <= 0xFDEF) || (u & 0xFFFE) == 0xFFFE;
}

bool needsEscapes(const QString &value)
{
    for (const char32_t u : value.toUcs4()) {
        if (mustEscape(u) || isNoncharacter(u))
            return true;
    }
    return false;
}

bool holdsNoncharacter(const QString &value)
{
    for (const char32_t u : value.toUcs4()) {
        if (isNoncharacter(u))
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

constexpr char AliasPrefix[] = "spill";

// What stands before a value on its line: indentation and "-" for a list
// item, or "key:" (Spill's keys are lower case and underscores).
bool isEntryStart(std::string_view start)
{
    while (!start.empty() && start.front() == ' ')
        start.remove_prefix(1);
    if (start == "-")
        return true;
    if (start.size() < 2 || start.back() != ':')
        return false;
    start.remove_suffix(1);
    for (const char c : start) {
        if (!((c >= 'a' && c <= 'z') || c == '_'))
            return false;
    }
    return true;
}

} // namespace

std::string doubleQuotedYaml(const QString &value)
{
    std::string quoted = "\"";
    char escape[16];
    for (const char32_t u : value.toUcs4()) {
        if (u == '"' || u == '\\') {
            quoted += '\\';
            quoted += char(u);
        } else if (u <= 0xFF && mustEscape(u)) {
            std::snprintf(escape, sizeof escape, "\\x%02X", unsigned(u));
            quoted += escape;
        } else if (mustEscape(u) || isNoncharacter(u)) {
            if (u <= 0xFFFF)
                std::snprintf(escape, sizeof escape, "\\u%04X", unsigned(u));
            else
                std::snprintf(escape, sizeof escape, "\\U%08X", unsigned(u));
            quoted += escape;
        } else {
            quoted += QString::fromUcs4(&u, 1).toStdString();
        }
    }
    quoted += '"';
    return quoted;
}

FrontMatter::FrontMatter()
{
    m_out << YAML::BeginMap;
}

void FrontMatter::addString(const QString &value)
{
    if (holdsNoncharacter(value)) {
        // An alias stands in for the scalar: yaml-cpp writes it as the whole
        // value, "*spillN", which no string value is ever written as.
        m_out << YAML::Alias(AliasPrefix + std::to_string(m_ownScalars.size()));
        m_ownScalars.push_back(doubleQuotedYaml(value));
        return;
    }
    if (needsEscapes(value))
        m_out << YAML::EscapeNonAscii << YAML::DoubleQuoted;
    else if (readsAsOtherThanText(value))
        m_out << YAML::DoubleQuoted;
    m_out << value.toStdString();
}

void FrontMatter::add(const char *key, const QString &value)
{
    m_out << YAML::Key << key << YAML::Value;
    addString(value);
}

void FrontMatter::add(const char *key, const QStringList &values)
{
    m_out << YAML::Key << key << YAML::Value;
    if (values.isEmpty())
        m_out << YAML::Flow; // "tags: []" rather than "[]" on a line of its own
    m_out << YAML::BeginSeq;
    for (const QString &value : values)
        addString(value);
    m_out << YAML::EndSeq;
}

void FrontMatter::add(const char *key, bool value)
{
    m_out << YAML::Key << key << YAML::Value << value;
}

void FrontMatter::addDate(const char *key, const QDateTime &when)
{
    if (when.isValid())
        m_out << YAML::Key << key << YAML::Value
              << when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate).toStdString();
}

void FrontMatter::beginMap(const char *key)
{
    m_out << YAML::Key << key << YAML::Value << YAML::BeginMap;
}

void FrontMatter::endMap()
{
    m_out << YAML::EndMap;
}

std::string FrontMatter::text()
{
    m_out << YAML::EndMap;
    const std::string written = m_out.c_str();
    if (m_ownScalars.empty())
        return written;
    // Each alias stands alone after "key: " or "- " at the end of its line.
    const std::string alias = std::string(" *") + AliasPrefix;
    std::string text;
    text.reserve(written.size());
    size_t start = 0;
    while (start < written.size()) {
        size_t end = written.find('\n', start);
        if (end == std::string::npos)
            end = written.size();
        const std::string_view line(written.data() + start, end - start);
        const size_t at = line.rfind(alias);
        bool replaced = false;
        if (at != std::string_view::npos && isEntryStart(line.substr(0, at))) {
            const std::string_view number = line.substr(at + alias.size());
            size_t index = 0;
            bool digits = !number.empty();
            for (const char c : number) {
                digits = digits && c >= '0' && c <= '9';
                index = index * 10 + size_t(c - '0');
            }
            if (digits && index < m_ownScalars.size()) {
                text.append(line.substr(0, at + 1)).append(m_ownScalars[index]);
                replaced = true;
            }
        }
        if (!replaced)
            text.append(line);
        if (end < written.size())
            text += '\n';
        start = end + 1;
    }
    return text;
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
