// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include <yaml-cpp/yaml.h>

namespace Spill {

void emitEntry(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value << value.toStdString();
}

void emitEntry(YAML::Emitter &out, const char *key, const QStringList &values)
{
    out << YAML::Key << key << YAML::Value;
    if (values.isEmpty())
        out << YAML::Flow; // "tags: []" rather than "[]" on a line of its own
    out << YAML::BeginSeq;
    for (const QString &value : values)
        out << value.toStdString();
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

QStringList failureKindLabels(const QList<FailureKind> &kinds)
{
    QStringList labels;
    for (FailureKind kind : kinds)
        labels << failureKindLabel(kind);
    return labels;
}

} // namespace Spill
