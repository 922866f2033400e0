// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/post.h"

#include <QHash>
#include <QString>

namespace Spill {

// A photo, clip or poster frame as it lives on the site after upload.
struct UploadedMedia
{
    qint64 id = 0; // the attachment's id
    QString url; // its source_url
    qint64 posterId = 0; // videos: the poster frame's attachment, 0 when none
    QString posterUrl;
};

// The post body in the block editor's markup, so that it opens as native
// blocks: for each beat its heading (wp:heading) and its Markdown as
// paragraphs, lists, quotes, code, tables and separators; each photo an
// image block with its alt text and caption, the dream/reality pair two
// columns, each clip a video block with its poster; the lesson as a quote;
// the call to action last. `uploaded` maps PostMedia::fileName to where the
// file is on the site; a media item missing from it is left out. Every block
// is written exactly as WordPress 6.1's block editor saves it, so none opens
// as "invalid content". Text is escaped; nothing the creator typed becomes
// markup or a block delimiter.
QString wordpressBlockMarkup(const Post &post, const QHash<QString, UploadedMedia> &uploaded);

} // namespace Spill
