// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "story/story.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Spill {

class ExportSink;

// Where a story's media lives on disk. The caller (the app, the command line,
// a test) knows the library; the exporter only reads these files.
struct MediaSource
{
    QString file; // absolute path of the photo or clip
    QString poster; // videos: absolute path of the poster frame image; empty when there is none
};
using MediaResolver = std::function<MediaSource(const MediaItem &)>;

struct ExportInput
{
    Story story;
    MediaResolver resolveMedia; // may be empty when the story has no media
};

struct ExportOptions
{
    QString theme = QStringLiteral("kitchen");
    // Searched in order; the first folder holding <theme>/post.html.mustache
    // wins. Empty: the built-in themes only. See defaultThemeDirs().
    QStringList themeDirs;
    int imageLongEdge = 2048; // photos are scaled down so the longer side fits
    QString language; // BCP 47 tag for <html lang>, e.g. "en" or "de-DE"; empty: the story's
    // The blog takes comments: the post ends by inviting them. Off for a
    // static page, where the invitation would lead nowhere.
    bool comments = false;
    // Also write the share kit beside the post: pin and square images of the
    // dream/reality pair, their alt text and a social caption (sharekit.h).
    bool shareKit = false;
};

// The user's own themes folder first, then the themes built into Spill.
QStringList defaultThemeDirs(const QString &userThemesDir);
// The folder (a Qt resource path) holding the built-in themes.
QString builtInThemesDir();

struct ExportResult
{
    QStringList files; // written, relative to the destination, in the order written
    QString error; // empty on success; otherwise says what failed and names the file or field
    QStringList notes; // worth telling the creator even on success
    QStringList changes; // what Spill changed on the way out: see exportChanges()

    bool ok() const { return error.isEmpty(); }
};

// One export format. Implementations are stateless and may be used from
// several threads at once.
class Exporter
{
public:
    virtual ~Exporter();
    virtual ExportFormat format() const = 0;
    virtual ExportResult exportStory(const ExportInput &input, const ExportOptions &options,
                                     ExportSink &sink) const = 0;
};

// The writer for a format, or nullptr for ExportFormat::Json (the interchange
// format belongs to the story/library side, not to the post writers).
std::unique_ptr<Exporter> exporterFor(ExportFormat format);

} // namespace Spill
