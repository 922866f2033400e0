// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchanges.h"
#include "exportsink.h"
#include "frontmatter.h"
#include "markdownexporter.h"
#include "markdownpost.h"
#include "post.h"

namespace Spill {

ExportResult HugoExporter::exportStory(const ExportInput &input, const ExportOptions &options,
                                       ExportSink &sink) const
{
    ExportResult result;
    const std::optional<Post> post = preparePost(input, options, &result.error);
    if (!post)
        return result;
    result.changes = exportChanges(*post, format());
    const Story &story = post->story;

    QStringList images;
    for (const PostMedia &media : post->media)
        images << (media.isVideo() ? media.posterName : media.fileName);
    images.removeAll(QString());

    FrontMatter frontMatter;
    frontMatter.add("title", story.title);
    frontMatter.addDate("date", story.created);
    frontMatter.addDate("lastmod", story.updated);
    frontMatter.add("draft", story.status == Status::Draft);
    frontMatter.add("description", post->description);
    frontMatter.add("tags", story.tags);
    // Readable labels: Hugo turns taxonomy terms into URLs itself.
    frontMatter.add("categories", failureKindLabels(story.failureKinds, post->words));
    frontMatter.add("slug", post->slug);
    frontMatter.beginMap("params");
    frontMatter.add("dish", story.dish);
    if (story.outcome)
        frontMatter.add("outcome", outcomeKey(*story.outcome));
    if (!post->recipeUrl.isEmpty())
        frontMatter.add("recipe_url", post->recipeUrl);
    frontMatter.add("images", images);
    frontMatter.endMap();

    const QString folder = QStringLiteral("content/posts/") + post->slug + u'/';
    const QString file = folder + QStringLiteral("index.md");
    if (QString error = writeMedia(*post, folder, sink, &result.files, {file}); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    // Page resources in a leaf bundle are addressed relative to the page.
    const QByteArray text =
        withFrontMatter(frontMatter.text(), markdownPostBody(*post, QString(), false));
    if (QString error = sink.write(file, text); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

} // namespace Spill
