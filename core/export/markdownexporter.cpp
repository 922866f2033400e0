// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "exportchanges.h"
#include "exportsink.h"
#include "frontmatter.h"
#include "markdownpost.h"
#include "post.h"

#include <yaml-cpp/yaml.h>

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

    YAML::Emitter yaml;
    yaml << YAML::BeginMap;
    emitEntry(yaml, "title", story.title);
    emitDate(yaml, "date", story.created);
    emitDate(yaml, "updated", story.updated);
    emitEntry(yaml, "slug", post->slug);
    emitEntry(yaml, "description", post->description);
    emitEntry(yaml, "dish", story.dish);
    if (story.outcome)
        emitEntry(yaml, "outcome", outcomeKey(*story.outcome));
    emitEntry(yaml, "failure_kinds", failureKindKeys(story.failureKinds));
    emitEntry(yaml, "tags", story.tags);
    emitEntry(yaml, "status", statusKey(story.status));
    if (!post->recipeUrl.isEmpty())
        emitEntry(yaml, "recipe_url", post->recipeUrl);
    if (!post->publishedUrl.isEmpty())
        emitEntry(yaml, "published_url", post->publishedUrl);
    yaml << YAML::EndMap;

    const QString folder = post->slug + u'/';
    const QString file = post->slug + QStringLiteral(".md");
    if (QString error = writeMedia(*post, folder, sink, &result.files, {file}); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QByteArray text = withFrontMatter(yaml.c_str(), markdownPostBody(*post, folder, true));
    if (QString error = sink.write(file, text); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

} // namespace Spill
