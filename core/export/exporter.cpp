// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "htmlexporter.h"
#include "markdownexporter.h"

namespace Spill {

Exporter::~Exporter() = default;

std::unique_ptr<Exporter> exporterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return std::make_unique<MarkdownExporter>();
    case ExportFormat::Hugo:
        return std::make_unique<HugoExporter>();
    case ExportFormat::Jekyll:
        return std::make_unique<JekyllExporter>();
    case ExportFormat::Html:
        return std::make_unique<HtmlExporter>();
    case ExportFormat::HtmlSingle:
        return std::make_unique<HtmlSingleExporter>();
    case ExportFormat::Json:
        return nullptr;
    }
    return nullptr;
}

} // namespace Spill
