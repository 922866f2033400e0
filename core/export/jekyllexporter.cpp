// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchanges.h"
#include "exportsink.h"
#include "frontmatter.h"
#include "markdownexporter.h"
#include "markdownpost.h"
#include "post.h"

#include <QCoreApplication>

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

    FrontMatter frontMatter;
    frontMatter.add("layout", QStringLiteral("post"));
    frontMatter.add("title", story.title);
    frontMatter.addDate("date", date);
    frontMatter.addDate("last_modified_at", story.updated);
    frontMatter.add("description", post->description);
    frontMatter.add("tags", story.tags);
    // Keys, not labels: Jekyll puts categories into the post's URL.
    frontMatter.add("categories", failureKindKeys(story.failureKinds));
    frontMatter.add("dish", story.dish);
    if (story.outcome)
        frontMatter.add("outcome", outcomeKey(*story.outcome));
    if (!post->recipeUrl.isEmpty())
        frontMatter.add("recipe_url", post->recipeUrl);
    // The story is text, not a template: "{{" in it must reach the reader.
    frontMatter.add("render_with_liquid", false);

    const QString folder = QStringLiteral("assets/images/") + post->slug + u'/';
    const QString file = draft
        ? QString(u"_drafts/" + post->slug + u".md")
        : QString(u"_posts/" + date.toString(u"yyyy-MM-dd") + u'-' + post->slug + u".md");
    if (QString error = writeMedia(*post, folder, sink, &result.files, {file}); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QByteArray text =
        withFrontMatter(frontMatter.text(), markdownPostBody(*post, u'/' + folder, false));
    if (QString error = sink.write(file, text); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.files << file;
    return result;
}

} // namespace Spill
