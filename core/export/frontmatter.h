// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>
#include <yaml-cpp/emitter.h>

namespace Spill {

class PostWords;

// A post's front matter: a YAML map written by yaml-cpp, which does the
// structure and the quoting, so front matter is never assembled from strings
// by hand. The one exception is a value holding a noncharacter (U+FDD0 to
// U+FDEF, U+FFFE, U+FFFF and their kin in the other planes): yaml-cpp writes
// those as U+FFFD in a quoted scalar, so Spill writes that scalar itself,
// double-quoted with every such character escaped, and YAML readers give
// back the text as it was.
class FrontMatter
{
public:
    FrontMatter();

    void add(const char *key, const QString &value);
    void add(const char *key, const QStringList &values);
    void add(const char *key, bool value);
    void add(const char *key, const char *value) = delete; // would pick the bool
    // ISO 8601 with the offset; nothing is written for an invalid date.
    void addDate(const char *key, const QDateTime &when);
    // A nested map under `key`, up to the matching endMap().
    void beginMap(const char *key);
    void endMap();

    // Closes the map: the YAML text, without the "---" lines around it.
    std::string text();

private:
    void addString(const QString &value);

    YAML::Emitter m_out;
    std::vector<std::string> m_ownScalars; // written as the alias *spillN
};

// A YAML double-quoted scalar holding `value` exactly: controls, DEL, C1,
// the line and paragraph separators, the byte order mark and noncharacters
// are escaped; other text is written as UTF-8.
std::string doubleQuotedYaml(const QString &value);

QStringList failureKindKeys(const QList<FailureKind> &kinds);
// In the post's language.
QStringList failureKindLabels(const QList<FailureKind> &kinds, const PostWords &words);

} // namespace Spill
