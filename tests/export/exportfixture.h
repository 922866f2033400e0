// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QByteArray>
#include <QColor>
#include <QMap>
#include <QString>

namespace Spill::Test {

// Writes a real JPEG or PNG (by suffix) of the given size, a diagonal split
// in two colours so orientation and scaling are visible.
QString writePhoto(const QString &path, int width, int height, QColor color);

// The soufflé story: all five beats, a dream photo, a reality clip with a
// poster frame, a step photo and a decorative PNG. Media files are created
// in `mediaDir`.
ExportInput souffleStory(const QString &mediaDir);

// Every user-written field carries a script, a javascript: link, an event
// handler or broken HTML; no media.
ExportInput hostileStory();

// Only a title: every beat empty, no media, no dates.
ExportInput bareStory();

// Compares `actual` with tests/data/export/<relative>; with
// SPILL_UPDATE_GOLDEN=1 in the environment it rewrites the file instead.
void checkGolden(const QString &relative, const QByteArray &actual);

// html-single inlines images as base64: shortened so goldens stay readable.
QByteArray withShortDataUris(QByteArray html);

// Every start tag in an HTML page, lowercased ("<img src=... alt=...>").
QStringList startTags(const QString &html);

// Fails when any start tag carries an event handler or a script URL, or is
// an element a hostile story tried to smuggle in.
void checkNoLiveMarkup(const QString &html);

// The post file (.md or .html) that `format` writes for `input`, as text;
// REQUIREs that the export succeeds.
QString exportedPostText(ExportFormat format, const ExportInput &input,
                         const ExportOptions &options = {});

// cmark-gfm's own HTML of `markdown`, with no guard in between; `options`
// as cmark's (CMARK_OPT_UNSAFE keeps raw HTML, as Hugo's and Jekyll's
// readers may).
QString cmarkHtml(const QString &markdown, int options);

// The YAML between the first two "---" lines of a Markdown file.
QByteArray frontMatterOf(const QByteArray &markdown);

} // namespace Spill::Test
