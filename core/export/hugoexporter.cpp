// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchanges.h"
#include "exportsink.h"
#include "frontmatter.h"
#include "markdownexporter.h"
#include "markdownpost.h"
#include "post.h"

#include <yaml-cpp/yaml.h>

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

    YAML::Emitter yaml;
    yaml << YAML::BeginMap;
    emitEntry(yaml, "title", story.title);
    emitDate(yaml, "date", story.created);
    emitDate(yaml, "lastmod", story.updated);
    emitEntry(yaml, "draft", story.status == Status::Draft);
    emitEntry(yaml, "description", post->description);
    emitEntry(yaml, "tags", story.tags);
    // Readable labels: Hugo turns taxonomy terms into URLs itself.
    emitEntry(yaml, "categories", failureKindLabels(story.failureKinds, post->words));
    emitEntry(yaml, "slug", post->slug);
    yaml << YAML::Key << "params" << YAML::Value << YAML::BeginMap;
    emitEntry(yaml, "dish", story.dish);
    if (story.outcome)
        emitEntry(yaml, "outcome", outcomeKey(*story.outcome));
    if (!post->recipeUrl.isEmpty())
        emitEntry(yaml, "recipe_url", post->recipeUrl);
    emitEntry(yaml, "images", images);
    yaml << YAML::EndMap;
    yaml << YAML::EndMap;

    const QString folder = QStringLiteral("content/posts/") + post->slug + u'/';
    const QString file = folder + QStringLiteral("index.md");
    if (QString error = writeMedia(*post, folder, sink, &result.files, {file}); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    // Page resources in a leaf bundle are addressed relative to the page.
    const QByteArray text =
        withFrontMatter(yaml.c_str(), markdownPostBody(*post, QString(), false));
    if (QString error = sink.write(file, text); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

} // namespace Spill
