// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "exportchanges.h"
#include "exportsink.h"
#include "htmlpage.h"
#include "post.h"
#include "sharekit.h"
#include "theme.h"

namespace Spill {

namespace {

// Both HTML formats: the theme is checked before any media is decoded.
std::optional<Post> prepare(const ExportInput &input, const ExportOptions &options, Theme *theme,
                            QString *error)
{
    *theme = loadTheme(options.theme, options.themeDirs);
    if (!theme->error.isEmpty()) {
        *error = theme->error;
        return std::nullopt;
    }
    return preparePost(input, options, error);
}

} // namespace

ExportResult HtmlExporter::exportStory(const ExportInput &input, const ExportOptions &options,
                                       ExportSink &sink) const
{
    ExportResult result;
    Theme theme;
    const std::optional<Post> post = prepare(input, options, &theme, &result.error);
    if (!post)
        return result;
    result.changes = exportChanges(*post, format());
    const QString html = renderHtmlPage(*post, theme, false, &result.error);
    if (!result.ok())
        return result;
    const QString folder = post->slug + u'/';
    const QString css = folder + QStringLiteral("style.css");
    const QString file = folder + QStringLiteral("index.html");
    if (QString error = writeMedia(*post, folder, sink, &result.files, {css, file});
        !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (QString error = sink.write(css, theme.css); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << css;
    if (QString error = sink.write(file, html.toUtf8()); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

ExportResult HtmlSingleExporter::exportStory(const ExportInput &input, const ExportOptions &options,
                                             ExportSink &sink) const
{
    ExportResult result;
    Theme theme;
    std::optional<Post> post = prepare(input, options, &theme, &result.error);
    if (!post)
        return result;
    if (QString error = embedClips(&*post); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.changes = exportChanges(*post, format());
    const QString html = renderHtmlPage(*post, theme, true, &result.error);
    if (!result.ok())
        return result;
    const QString file = post->slug + QStringLiteral(".html");
    // The page holds its media; only a share kit goes beside it.
    if (post->shareKit) {
        QString error = sink.check(shareKitFiles(*post) << file);
        if (error.isEmpty())
            error = writeShareKit(*post, sink, &result.files);
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    if (QString error = sink.write(file, html.toUtf8()); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

} // namespace Spill
