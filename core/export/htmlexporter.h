// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace Spill {

// <slug>/index.html with its images and the theme's style.css.
class HtmlExporter : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Html; }
    ExportResult exportStory(const ExportInput &input, const ExportOptions &options,
                             ExportSink &sink) const override;
};

// <slug>.html: one self-contained page, style sheet and images inlined.
class HtmlSingleExporter : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::HtmlSingle; }
    ExportResult exportStory(const ExportInput &input, const ExportOptions &options,
                             ExportSink &sink) const override;
};

} // namespace Spill
