// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchanges.h"
#include "exportsink.h"
#include "frontmatter.h"
#include "markdownexporter.h"
#include "markdownpost.h"
#include "post.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Spill {

ExportResult JekyllExporter::exportStory(const ExportInput &input, const ExportOptions &options,
                                         ExportSink &sink) const
{
    ExportResult result;
    const std::optional<Post> post = preparePost(input, options, &result.error);
    if (!post)
        return result;
    result.changes = exportChanges(*post, format());
    const Story &story = post->story;
    const bool draft = story.status == Status::Draft;
    const QDateTime date = story.created.isValid() ? story.created : story.updated;
    if (!draft && !date.isValid()) {
        result.error = QCoreApplication::translate(
                           "Export", "Story \"%1\": a Jekyll post needs a date (the field created)")
                           .arg(story.title);
        return result;
    }

    YAML::Emitter yaml;
    yaml << YAML::BeginMap;
    emitEntry(yaml, "layout", QStringLiteral("post"));
    emitEntry(yaml, "title", story.title);
    emitDate(yaml, "date", date);
    emitDate(yaml, "last_modified_at", story.updated);
    emitEntry(yaml, "description", post->description);
    emitEntry(yaml, "tags", story.tags);
    // Keys, not labels: Jekyll puts categories into the post's URL.
    emitEntry(yaml, "categories", failureKindKeys(story.failureKinds));
    emitEntry(yaml, "dish", story.dish);
    if (story.outcome)
        emitEntry(yaml, "outcome", outcomeKey(*story.outcome));
    if (!post->recipeUrl.isEmpty())
        emitEntry(yaml, "recipe_url", post->recipeUrl);
    // The story is text, not a template: "{{" in it must reach the reader.
    emitEntry(yaml, "render_with_liquid", false);
    yaml << YAML::EndMap;

    const QString folder = QStringLiteral("assets/images/") + post->slug + u'/';
    const QString file = draft
        ? QString(u"_drafts/" + post->slug + u".md")
        : QString(u"_posts/" + date.toString(u"yyyy-MM-dd") + u'-' + post->slug + u".md");
    if (QString error = writeMedia(*post, folder, sink, &result.files, {file}); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QByteArray text =
        withFrontMatter(yaml.c_str(), markdownPostBody(*post, u'/' + folder, false));
    if (QString error = sink.write(file, text); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

} // namespace Spill
