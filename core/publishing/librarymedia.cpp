// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymedia.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <utility>

namespace Spill {

namespace {

struct LibraryMediaText
{
    Q_DECLARE_TR_FUNCTIONS(Publishing)
};

} // namespace

LibraryMedia::LibraryMedia(const QString &libraryFolder, VideoProber prober, Posters posters)
    : m_folder(libraryFolder)
    , m_thumbnails(libraryFolder, std::move(prober), 1)
    , m_posters(posters)
{
}

MediaSource LibraryMedia::resolve(const MediaItem &item, const QString &storyTitle)
{
    MediaSource source;
    source.file = storedMediaFile(m_folder, item);
    if (m_posters == Posters::None || item.kind != MediaKind::Video || source.file.isEmpty())
        return source;
    const PosterFrame poster = m_thumbnails.posterFrame(item.hash, QFileInfo(source.file).suffix(),
                                                        item.posterMs.value_or(0));
    if (poster.ok())
        source.poster = poster.file;
    else
        m_notes.append(LibraryMediaText::tr("Story \"%1\": the clip %2 has no poster frame (%3)")
                           .arg(storyTitle, QFileInfo(item.file).fileName(), poster.error));
    return source;
}

MediaResolver LibraryMedia::resolverFor(const QString &storyTitle)
{
    return [this, storyTitle](const MediaItem &item) { return resolve(item, storyTitle); };
}

QStringList LibraryMedia::takeNotes()
{
    return std::exchange(m_notes, {});
}

} // namespace Spill
