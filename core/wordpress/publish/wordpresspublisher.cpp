// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpresspublisher.h"

#include "export/post.h"
#include "wordpress/blocks/blockmarkup.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Spill {

namespace {

struct WordPressPublishText
{
    Q_DECLARE_TR_FUNCTIONS(WordPressPublish)
};

// The uploaded file's name carries the first 16 hex digits of its SHA-256,
// so that after an interrupted publish the file is found on the site.
constexpr int MarkLength = 16;

// One file to upload: a photo, a clip or a clip's poster frame.
struct Upload
{
    const QByteArray *bytes = nullptr;
    QString fileName; // PostMedia::fileName or posterName
    QString mimeType;
    QString alt;
    QString caption;
    QString sha256;
    int media = -1; // index into Post::media
    bool poster = false;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Text WordPress shows as HTML (titles, captions, excerpts): escaped, so
// that what readers see is what the creator wrote and nothing runs.
QString htmlText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markedFileName(const Upload &upload)
{
    const QFileInfo info(upload.fileName);
    return QStringLiteral("%1-%2.%3")
        .arg(info.completeBaseName(), upload.sha256.left(MarkLength), info.suffix());
}

class Publisher
{
public:
    Publisher(WordPressConnection &client, const WordPressPublishRequest &request,
              const std::function<void(const WordPressProgress &)> &progress)
        : m_client(client)
        , m_request(request)
        , m_progress(progress)
    {
    }

    WordPressPublishResult run();

private:
    bool prepare();
    bool uploadAll();
    std::optional<SiteUpload> findOnSite(const Upload &upload);
    bool describe(const Upload &upload, qint64 mediaId);
    std::optional<QJsonArray> termIds(WordPressTaxonomy taxonomy, const QStringList &names);
    QJsonObject postFields();
    bool sendPost(const QJsonObject &fields);
    bool update(qint64 postId, QJsonObject fields, WordPressError *error);
    std::optional<WordPressPost> postMadeBefore();
    void attachUnattached();

    void report(const QString &step, qint64 done = 0, qint64 total = 0);
    bool fail(const QString &step, const WordPressError &error);
    QString storyTitle() const;

    WordPressConnection &m_client;
    const WordPressPublishRequest &m_request;
    const std::function<void(const WordPressProgress &)> &m_progress;
    WordPressPublishResult m_result;
    std::optional<Post> m_post;
    QList<Upload> m_uploads;
    QHash<QString, UploadedMedia> m_onSite; // by PostMedia::fileName
    QList<qint64> m_unattached; // media attached to no post yet
};

QString Publisher::storyTitle() const
{
    const QString title = m_request.input.story.title.simplified();
    return title.isEmpty() ? WordPressPublishText::tr("Untitled") : title;
}

void Publisher::report(const QString &step, qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(WordPressProgress {step, done, total});
}

bool Publisher::fail(const QString &step, const WordPressError &error)
{
    m_result.error = error;
    if (m_result.error.ok())
        m_result.error.kind = WordPressError::Kind::Server;
    m_result.message =
        WordPressPublishText::tr("Story \"%1\": %2: %3").arg(storyTitle(), step, error.message);
    return false;
}

bool Publisher::prepare()
{
    const QString step = WordPressPublishText::tr("preparing the photos and clips");
    report(step);
    QString error;
    m_post = preparePost(m_request.input, m_request.options, &error);
    // Clips go up whole, remuxed without their metadata.
    if (m_post)
        error = embedClips(&*m_post, 0);
    if (!m_post || !error.isEmpty()) {
        WordPressError failure;
        failure.kind = WordPressError::Kind::Server;
        failure.message = error;
        m_result.error = failure;
        m_result.message = error; // already names the story and the file
        return false;
    }
    for (int i = 0; i < m_post->media.size(); ++i) {
        PostMedia &media = m_post->media[i];
        Upload upload;
        upload.bytes = &media.bytes;
        upload.fileName = media.fileName;
        upload.mimeType = media.mimeType;
        upload.alt = media.altText();
        upload.caption = media.caption;
        upload.media = i;
        m_uploads.append(upload);
        if (media.isVideo() && !media.posterBytes.isEmpty()) {
            Upload poster;
            poster.bytes = &media.posterBytes;
            poster.fileName = media.posterName;
            poster.mimeType = media.posterMimeType;
            poster.alt = media.altText();
            poster.media = i;
            poster.poster = true;
            m_uploads.append(poster);
        }
    }
    for (Upload &upload : m_uploads)
        upload.sha256 = sha256Hex(*upload.bytes);
    return true;
}

std::optional<SiteUpload> Publisher::findOnSite(const Upload &upload)
{
    // Known from an earlier publish: still there?
    const auto known = m_request.uploads.constFind(upload.sha256);
    if (known != m_request.uploads.cend()) {
        WordPressError error;
        const std::optional<WordPressMedia> media = m_client.media(known->mediaId, &error);
        if (media) {
            if (media->attachedTo == 0)
                m_unattached.append(media->id);
            return SiteUpload {media->id, media->url};
        }
        if (error.kind != WordPressError::Kind::NotFound) {
            fail(WordPressPublishText::tr("checking %1 on the site").arg(upload.fileName), error);
            return std::nullopt;
        }
    }
    // Uploaded by a publish that did not finish: its file name has the mark.
    const QString mark = upload.sha256.left(MarkLength);
    WordPressError error;
    const std::optional<QJsonDocument> found =
        m_client.get(QStringLiteral("media?search=%1&per_page=20&context=edit").arg(mark), &error);
    if (!found) {
        fail(WordPressPublishText::tr("looking for %1 on the site").arg(upload.fileName), error);
        return std::nullopt;
    }
    const QJsonArray items = found->array();
    for (const QJsonValue &item : items) {
        const QString url = item[u"source_url"].toString();
        if (QUrl(url).path().contains(mark)) {
            if (item[u"post"].toInteger() == 0)
                m_unattached.append(item[u"id"].toInteger());
            return SiteUpload {item[u"id"].toInteger(), url};
        }
    }
    return SiteUpload {};
}

bool Publisher::describe(const Upload &upload, qint64 mediaId)
{
    QJsonObject fields;
    // Kept as WordPress keeps text: HTML, so a "<" stays a character.
    fields[u"alt_text"] = htmlText(upload.alt);
    fields[u"caption"] = htmlText(upload.caption);
    const QString title = !upload.alt.isEmpty() ? upload.alt
        : !upload.caption.isEmpty()             ? upload.caption
                                                : storyTitle();
    fields[u"title"] = htmlText(title.left(200));
    // The mark stays findable after the title changes.
    fields[u"description"] = WordPressPublishText::tr("From the story \u201c%1\u201d (%2)")
                                 .arg(htmlText(storyTitle()), upload.sha256.left(MarkLength));
    WordPressError error;
    if (!m_client.updateMedia(mediaId, fields, &error))
        return fail(
            WordPressPublishText::tr("setting the alt text and caption of %1").arg(upload.fileName),
            error);
    return true;
}

bool Publisher::uploadAll()
{
    const int total = int(m_uploads.size());
    for (int i = 0; i < total; ++i) {
        const Upload &upload = m_uploads.at(i);
        const PostMedia &media = m_post->media.at(upload.media);
        const QString step = upload.poster
            ? WordPressPublishText::tr("Uploading the poster of %1 (%2 of %3)")
                  .arg(media.fileName)
                  .arg(i + 1)
                  .arg(total)
            : media.isVideo() ? WordPressPublishText::tr("Uploading clip %1 (%2 of %3)")
                                    .arg(upload.fileName)
                                    .arg(i + 1)
                                    .arg(total)
                              : WordPressPublishText::tr("Uploading photo %1 (%2 of %3)")
                                    .arg(upload.fileName)
                                    .arg(i + 1)
                                    .arg(total);
        report(step, 0, upload.bytes->size());
        std::optional<SiteUpload> onSite = findOnSite(upload);
        if (!onSite)
            return false;
        if (onSite->mediaId == 0) {
            WordPressError error;
            const std::optional<WordPressMedia> sent =
                m_client.uploadMedia(*upload.bytes, markedFileName(upload), upload.mimeType, &error,
                                     [&](qint64 done, qint64 all) { report(step, done, all); });
            if (!sent)
                return fail(WordPressPublishText::tr("uploading %1").arg(upload.fileName), error);
            onSite = SiteUpload {sent->id, sent->url};
            m_unattached.append(sent->id);
            ++m_result.uploaded;
        }
        if (!describe(upload, onSite->mediaId))
            return false;
        m_result.uploads.insert(upload.sha256, *onSite);
        UploadedMedia &entry = m_onSite[media.fileName];
        if (upload.poster) {
            entry.posterId = onSite->mediaId;
            entry.posterUrl = onSite->url;
        } else {
            entry.id = onSite->mediaId;
            entry.url = onSite->url;
        }
    }
    return true;
}

std::optional<QJsonArray> Publisher::termIds(WordPressTaxonomy taxonomy, const QStringList &names)
{
    QJsonArray ids;
    for (const QString &name : names) {
        if (name.trimmed().isEmpty())
            continue;
        WordPressError error;
        const std::optional<qint64> id = m_client.termId(taxonomy, name.trimmed(), &error);
        if (!id) {
            fail(
                taxonomy == WordPressTaxonomy::Tags
                    ? WordPressPublishText::tr("finding or creating the tag \"%1\"").arg(name)
                    : WordPressPublishText::tr("finding or creating the category \"%1\"").arg(name),
                error);
            return std::nullopt;
        }
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

QJsonObject Publisher::postFields()
{
    QJsonObject fields;
    fields[u"title"] = htmlText(m_request.input.story.title.trimmed());
    fields[u"content"] = wordpressBlockMarkup(*m_post, m_onSite);
    fields[u"excerpt"] = htmlText(m_post->description);
    fields[u"slug"] = m_post->slug;
    fields[u"status"] = m_request.status;
    if (m_request.status == u"future" && m_request.date.isValid())
        fields[u"date_gmt"] = m_request.date.toUTC().toString(Qt::ISODate).remove(u'Z');
    // The featured image: the reality photo, else the dream.
    qint64 featured = 0;
    for (MediaRole role : {MediaRole::Reality, MediaRole::Dream}) {
        for (const PostMedia &media : std::as_const(m_post->media)) {
            if (featured == 0 && !media.isVideo() && media.item.role == role)
                featured = m_onSite.value(media.fileName).id;
        }
    }
    if (featured > 0)
        fields[u"featured_media"] = featured;
    return fields;
}

std::optional<WordPressPost> Publisher::postMadeBefore()
{
    WordPressError error;
    const std::optional<QJsonDocument> found = m_client.get(
        QStringLiteral("posts?slug=%1&status=draft,publish,future,pending,private&context=edit")
            .arg(m_post->slug),
        &error);
    if (!found) {
        fail(WordPressPublishText::tr("looking for an earlier post of this story"), error);
        return std::nullopt;
    }
    const QString title = htmlText(m_request.input.story.title.trimmed());
    for (const QJsonValue &item : found->array()) {
        if (item[u"slug"].toString() == m_post->slug && item[u"title"][u"raw"].toString() == title)
            return WordPressPost {item[u"id"].toInteger(), item[u"link"].toString(),
                                  item[u"status"].toString()};
    }
    return WordPressPost {};
}

// Updates the post. "Publish now" on a post still set for a later day (it
// was scheduled, perhaps taken back to a draft since) clears that day:
// WordPress would keep it and schedule the post again.
bool Publisher::update(qint64 postId, QJsonObject fields, WordPressError *error)
{
    if (m_request.status == u"publish") {
        const std::optional<QJsonDocument> current =
            m_client.get(QStringLiteral("posts/%1?context=edit").arg(postId), error);
        if (!current)
            return false;
        const QJsonObject post = current->object();
        QDateTime date = QDateTime::fromString(post.value(u"date_gmt").toString(), Qt::ISODate);
        date.setTimeSpec(Qt::UTC);
        if (post.value(u"status").toString() != u"publish" && date.isValid() &&
            date > QDateTime::currentDateTimeUtc())
            fields[u"date_gmt"] = QJsonValue::Null; // WordPress's "now"
    }
    const std::optional<WordPressPost> post = m_client.updatePost(postId, fields, error);
    if (post)
        m_result.post = *post;
    return post.has_value();
}

bool Publisher::sendPost(const QJsonObject &fields)
{
    const QString step = WordPressPublishText::tr("sending the post");
    report(step);
    qint64 postId = m_request.previous.postId;
    if (postId > 0) {
        WordPressError error;
        if (update(postId, fields, &error))
            return true;
        if (error.kind != WordPressError::Kind::NotFound)
            return fail(step, error);
        m_result.notes.append(
            WordPressPublishText::tr(
                "Story \"%1\": its post %2 is gone from the site: a new post was made")
                .arg(storyTitle())
                .arg(postId));
    }
    const std::optional<WordPressPost> before = postMadeBefore();
    if (!before)
        return false;
    WordPressError error;
    if (before->id > 0)
        return update(before->id, fields, &error) || fail(step, error);
    const std::optional<WordPressPost> post = m_client.createPost(fields, &error);
    if (!post)
        return fail(step, error);
    m_result.post = *post;
    return true;
}

void Publisher::attachUnattached()
{
    // "Uploaded to" in the site's media library; the post works without it.
    for (qint64 id : std::as_const(m_unattached)) {
        WordPressError error;
        QJsonObject fields;
        fields[u"post"] = m_result.post.id;
        if (!m_client.updateMedia(id, fields, &error)) {
            m_result.notes.append(
                WordPressPublishText::tr("Story \"%1\": media %2 could not be attached to the "
                                         "post: %3")
                    .arg(storyTitle())
                    .arg(id)
                    .arg(error.message));
            return;
        }
    }
}

WordPressPublishResult Publisher::run()
{
    if (!prepare() || !uploadAll())
        return m_result;
    if (m_request.mediaOnly) {
        // Without a post the files stay in the media library unattached.
        m_result.blocks = wordpressBlockMarkup(*m_post, m_onSite);
        return m_result;
    }
    const std::optional<QJsonArray> tags =
        termIds(WordPressTaxonomy::Tags, m_request.input.story.tags);
    if (!tags)
        return m_result;
    QStringList kinds;
    for (FailureKind kind : m_post->failureKinds())
        kinds.append(m_post->words.failureKind(kind));
    const std::optional<QJsonArray> categories = termIds(WordPressTaxonomy::Categories, kinds);
    if (!categories)
        return m_result;
    QJsonObject fields = postFields();
    fields[u"tags"] = *tags;
    if (!categories->isEmpty())
        fields[u"categories"] = *categories;
    if (!sendPost(fields))
        return m_result;
    attachUnattached();
    return m_result;
}

} // namespace

WordPressPublishResult
publishToWordPress(WordPressConnection &client, const WordPressPublishRequest &request,
                   const std::function<void(const WordPressProgress &)> &progress)
{
    return Publisher(client, request, progress).run();
}

void followPostStatus(Story *story, const QString &postStatus, const QString &link)
{
    if (postStatus == u"publish") {
        story->status = Status::Published;
        story->publishedUrl = link;
    } else if (story->status == Status::Published && story->publishedUrl == link) {
        story->status = Status::Ready;
        story->publishedUrl.clear();
    }
}

} // namespace Spill
