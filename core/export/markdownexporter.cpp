// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "exportchanges.h"
#include "exportsink.h"
#include "frontmatter.h"
#include "markdownpost.h"
#include "post.h"

namespace Spill {

ExportResult MarkdownExporter::exportStory(const ExportInput &input, const ExportOptions &options,
                                           ExportSink &sink) const
{
    ExportResult result;
    const std::optional<Post> post = preparePost(input, options, &result.error);
    if (!post)
        return result;
    result.changes = exportChanges(*post, format());
    const Story &story = post->story;

    FrontMatter frontMatter;
    frontMatter.add("title", story.title);
    frontMatter.addDate("date", story.created);
    frontMatter.addDate("updated", story.updated);
    frontMatter.add("slug", post->slug);
    frontMatter.add("description", post->description);
    frontMatter.add("dish", story.dish);
    if (story.outcome)
        frontMatter.add("outcome", outcomeKey(*story.outcome));
    frontMatter.add("failure_kinds", failureKindKeys(story.failureKinds));
    frontMatter.add("tags", story.tags);
    frontMatter.add("status", statusKey(story.status));
    if (!post->recipeUrl.isEmpty())
        frontMatter.add("recipe_url", post->recipeUrl);
    if (!post->publishedUrl.isEmpty())
        frontMatter.add("published_url", post->publishedUrl);

    const QString folder = post->slug + u'/';
    const QString file = post->slug + QStringLiteral(".md");
    if (QString error = writeMedia(*post, folder, sink, &result.files, {file}); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QByteArray text =
        withFrontMatter(frontMatter.text(), markdownPostBody(*post, folder, true));
    if (QString error = sink.write(file, text); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

} // namespace Spill
