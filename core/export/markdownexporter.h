// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace Spill {

// <slug>.md (CommonMark with YAML front matter) and <slug>/ with the media.
class MarkdownExporter : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Markdown; }
    ExportResult exportStory(const ExportInput &input, const ExportOptions &options,
                             ExportSink &sink) const override;
};

// A Hugo leaf bundle: content/posts/<slug>/index.md with the media beside it.
class HugoExporter : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Hugo; }
    ExportResult exportStory(const ExportInput &input, const ExportOptions &options,
                             ExportSink &sink) const override;
};

// _posts/YYYY-MM-DD-<slug>.md (drafts: _drafts/<slug>.md), media under
// assets/images/<slug>/.
class JekyllExporter : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Jekyll; }
    ExportResult exportStory(const ExportInput &input, const ExportOptions &options,
                             ExportSink &sink) const override;
};

} // namespace Spill
