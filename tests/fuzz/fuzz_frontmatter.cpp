// SPDX-License-Identifier: GPL-3.0-or-later
// The front matter writer with a read-back oracle: yaml-cpp parses what
// FrontMatter wrote, and every value comes back as the same string, never as
// a number, boolean, date or null that a YAML reader (Hugo, Jekyll) would
// turn it into.
#include "export/frontmatter.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <yaml-cpp/yaml.h>

namespace {

// Plain scalars that YAML 1.1 or 1.2 readers resolve to something else than
// a string: null, booleans, integers, floats, sexagesimals, timestamps, merge keys.
bool resolvesToNonString(const std::string &plain)
{
    static const QRegularExpression implicit(QStringLiteral(
        R"(^(~|null|Null|NULL|)$)"
        R"(|^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$)"
        R"(|^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(:[0-5]?[0-9])+)$)"
        R"(|^[-+]?([0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?$)"
        R"(|^[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)$)"
        R"(|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$)"
        R"(|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$)"
        R"(|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$)"
        R"(|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?)"
        R"(([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$)"
        R"(|^<<$|^=$)"));
    return implicit.match(QString::fromStdString(plain)).hasMatch();
}

[[noreturn]] void fail(const char *what, const std::string &input, const std::string &yaml)
{
    std::fprintf(stderr, "front matter oracle: %s\ninput: %s\nyaml:\n%s\n", what, input.c_str(),
                 yaml.c_str());
    std::abort();
}

void checkScalar(const YAML::Node &node, const std::string &expected, const std::string &yaml)
{
    if (!node.IsScalar())
        fail("the value is not a scalar", expected, yaml);
    if (node.Scalar() != expected)
        fail("the value came back changed", expected, yaml);
    if (node.Tag() == "?" && resolvesToNonString(node.Scalar()))
        fail("a plain scalar that YAML reads as another type", expected, yaml);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString title = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::string expected = title.toStdString();
    Spill::FrontMatter frontMatter;
    frontMatter.add("title", title);
    frontMatter.add("tags", QStringList {title, QStringLiteral("plain")});
    const std::string yaml = frontMatter.text();
    YAML::Node document;
    try {
        document = YAML::Load(yaml);
    } catch (const YAML::Exception &e) {
        fail(e.what(), expected, yaml);
    }
    checkScalar(document["title"], expected, yaml);
    if (!document["tags"].IsSequence() || document["tags"].size() != 2)
        fail("the tags are not a list of two", expected, yaml);
    checkScalar(document["tags"][0], expected, yaml);
    return 0;
}
