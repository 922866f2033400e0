// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyfileimport.h"

#include "library/library.h"
#include "media/mediastore.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace Spill {

namespace {

// The words are the command line's, which said them first.
struct ImportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

} // namespace

StoryFileImport::StoryFileImport(const QString &path, const MediaStore &store, Library &library)
    : m_path(path)
    , m_store(store)
    , m_library(library)
{
}

StoryFileImport::~StoryFileImport()
{
    if (m_storedId != 0)
        return;
    for (const QString &hash : std::as_const(m_newHashes))
        m_store.remove(hash);
}

std::optional<Story> StoryFileImport::run()
{
    const std::optional<Story> read = peekStoryFile(m_path, &m_error);
    if (!read)
        return std::nullopt;
    Story story = *read;
    if (!importMedia(story))
        return std::nullopt;
    resolveRedemption(story);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!story.created.isValid())
        story.created = now;
    if (!story.updated.isValid())
        story.updated = now;
    const qint64 id = m_library.createStory(story);
    if (id == 0) {
        m_error =
            ImportCommandText::tr("%1: cannot be stored: %2").arg(m_path, m_library.lastError());
        return std::nullopt;
    }
    m_storedId = id;
    const std::optional<Story> stored = m_library.story(id);
    if (!stored) {
        // Stored, but cannot be read back: report the title we know.
        story.id = id;
        return story;
    }
    // A tag is one whatever its case: the library keeps the spelling it had
    // first, and the creator is told.
    QStringList respelled;
    for (qsizetype i = 0; i < story.tags.size() && i < stored->tags.size(); ++i) {
        if (story.tags.at(i) != stored->tags.at(i))
            respelled.append(ImportCommandText::tr("\"%1\" as \"%2\"")
                                 .arg(story.tags.at(i), stored->tags.at(i)));
    }
    if (!respelled.isEmpty())
        m_notes.append(ImportCommandText::tr("%1: tags kept in the library's spelling: %2")
                           .arg(m_path, respelled.join(QStringLiteral(", "))));
    return stored;
}

// The story that redeemed this fail is named by its slug: linked when
// this library has it, else left out, and said.
void StoryFileImport::resolveRedemption(Story &story)
{
    Redemption &redemption = story.redemption;
    const QString slug = redemption.story.slug;
    redemption.story = {};
    if (slug.isEmpty())
        return;
    if (const std::optional<Story> later = m_library.storyBySlug(slug)) {
        redemption.storyId = later->id;
        return;
    }
    m_notes.append(
        ImportCommandText::tr("%1: the story \"%2\" that redeemed it is not in this library; "
                              "imported without that link")
            .arg(m_path, slug));
}

bool StoryFileImport::importMedia(Story &story)
{
    // Every path is checked before anything is copied.
    const QString jsonPath = QFileInfo(m_path).absoluteFilePath();
    QStringList paths;
    for (const MediaItem &item : std::as_const(story.media)) {
        const MediaPathResult resolved = resolveMediaPath(jsonPath, item.file);
        if (!resolved.ok()) {
            m_error = resolved.error;
            return false;
        }
        if (!QFileInfo::exists(resolved.path)) {
            m_error = ImportCommandText::tr("%1: media file \"%2\" does not exist (looked for %3)")
                          .arg(m_path, item.file, resolved.path);
            return false;
        }
        paths.append(resolved.path);
    }
    for (qsizetype i = 0; i < story.media.size(); ++i) {
        const MediaItem &item = story.media.at(i);
        const ImportedMedia imported = m_store.import(paths.at(i));
        if (!imported.ok()) {
            m_error = ImportCommandText::tr("%1: media file \"%2\" was refused: %3")
                          .arg(m_path, item.file, imported.error);
            return false;
        }
        if (!imported.alreadyStored)
            m_newHashes.append(imported.hash);
        // The library keeps a bare name whose suffix is the store's.
        const QString name = QFileInfo(paths.at(i)).completeBaseName() + u'.' + imported.suffix;
        MediaItem stored = imported.toMediaItem(name);
        stored.beat = item.beat;
        copyCreatorWords(stored, item);
        if (stored.kind == MediaKind::Video && item.posterMs)
            stored.posterMs = item.posterMs;
        story.media[i] = stored;
    }
    return true;
}

std::optional<Story> peekStoryFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = QFileInfo::exists(path)
            ? ImportCommandText::tr("%1: is not a file").arg(path)
            : ImportCommandText::tr("%1: the file does not exist").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportCommandText::tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = ImportCommandText::tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    StoryJsonResult result = readStoryJson(bytes, path);
    if (!result.ok()) {
        *error = result.error;
        return std::nullopt;
    }
    return result.story;
}

} // namespace Spill
