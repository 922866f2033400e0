// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

namespace Spill {

// The interchange format as an export: each story as <slug>.json in the
// spill-story/1 format, its media copied byte for byte into <slug>/, so
// importing the .json files gives the same stories back. Media names are the
// items' original names when plain and portable, else <role>-<n>.<suffix>.
// ExportOptions are not used.
class JsonStoryExporter : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Json; }
    ExportResult exportStory(const ExportInput &input, const ExportOptions &options,
                             ExportSink &sink) const override;
};

} // namespace Spill
