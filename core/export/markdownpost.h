// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace Spill {

struct Post;

// The body shared by the three Markdown formats. `mediaBase` is how the
// Markdown refers to the post's files: "slug/" beside a plain .md file, ""
// inside a Hugo bundle, "/assets/images/slug/" for Jekyll.
QString markdownPostBody(const Post &post, const QString &mediaBase, bool withTitleHeading);

// "---\n<yaml>\n---\n\n<body>\n" as UTF-8.
QByteArray withFrontMatter(const std::string &yaml, const QString &body);

// Plain text made inert in Markdown: punctuation that could start syntax is
// backslash-escaped (in the set both CommonMark and kramdown accept), "{"
// becomes an entity, line breaks become spaces.
QString escapeMarkdownText(const QString &text);

// A part of a section under its third-level heading: "### <heading>" (plain
// text, escaped) and the Markdown body; empty when the body is.
QString subsectionMarkdown(const QString &heading, const QString &body);

} // namespace Spill
