// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Spill {

// A WordPress site Spill publishes to. The application password is the one
// made in WordPress under Users > Profile > Application Passwords; it is held
// only in memory (the keyring keeps it between runs).
struct WordPressSite
{
    QUrl address; // the blog's address, e.g. https://example.com/blog/
    QString user;
    QString appPassword;
};

// Why a request to a site failed. `message` says it in words a creator
// understands and names the site; `httpStatus` is 0 when no reply came.
struct WordPressError
{
    enum class Kind {
        None,
        NoNetwork, // host not found, connection refused, network unreachable
        Timeout,
        Tls, // certificate or handshake failure
        NotWordPress, // the address answers but no WordPress REST API is there
        RestDisabled, // WordPress, but its REST API is switched off or blocked
        WrongPassword, // user name or application password refused
        Forbidden, // signed in, but the user may not do this (e.g. upload files)
        NotFound, // the post or media item is gone from the site
        TooLarge, // 413: the server's size limit refused an upload
        Server, // any other error reply
        BadReply, // a reply that is not the JSON WordPress sends
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message;
    int httpStatus = 0;

    bool ok() const { return kind == Kind::None; }
};

struct WordPressMedia
{
    qint64 id = 0;
    QString url; // source_url: the uploaded file's address
    qint64 attachedTo = 0; // the post it is attached to ("post"), 0 when none
};

struct WordPressPost
{
    qint64 id = 0;
    QString link;
    QString status; // "draft", "publish", "future", "pending", "private"
};

enum class WordPressTaxonomy { Tags, Categories };

// What Spill asks of a site's REST API (wp/v2). The publisher is written
// against this; WordPressClient is the one implementation, which lives with
// Qt Network in the spill-wordpress module for the window (see
// wordpressmodule.h), so the window never loads Qt Network at start-up.
// Every call blocks; see WordPressClient.
class WordPressConnection
{
public:
    virtual ~WordPressConnection() = default;

    // Verifies the address (a WordPress REST API answers), the credentials
    // (users/me with context=edit) and that the user may upload files and
    // edit posts. On success returns the user's display name.
    virtual std::optional<QString> checkConnection(WordPressError *error) = 0;

    // Uploads a file to the media library. `progress(sent, total)` runs on
    // the calling thread while the body goes out.
    virtual std::optional<WordPressMedia>
    uploadMedia(const QByteArray &bytes, const QString &fileName, const QString &mimeType,
                WordPressError *error,
                const std::function<void(qint64 sent, qint64 total)> &progress = {}) = 0;
    // Sets fields of a media item: "alt_text", "caption", "title",
    // "description", "post" (the post it is attached to).
    virtual bool updateMedia(qint64 id, const QJsonObject &fields, WordPressError *error) = 0;
    // The media item, or nullopt with Kind::NotFound when it was deleted.
    virtual std::optional<WordPressMedia> media(qint64 id, WordPressError *error) = 0;

    // The id of the tag or category with this name (compared as WordPress
    // does), created when the site has none.
    virtual std::optional<qint64> termId(WordPressTaxonomy taxonomy, const QString &name,
                                         WordPressError *error) = 0;

    // Creates or updates a post from REST fields: "title", "content",
    // "excerpt", "status", "date", "tags", "categories", "featured_media".
    virtual std::optional<WordPressPost> createPost(const QJsonObject &fields,
                                                    WordPressError *error) = 0;
    virtual std::optional<WordPressPost> updatePost(qint64 id, const QJsonObject &fields,
                                                    WordPressError *error) = 0;
    // The post, or nullopt with Kind::NotFound when it is gone (trashed
    // posts are still found).
    virtual std::optional<WordPressPost> post(qint64 id, WordPressError *error) = 0;

    // Any authenticated GET under wp/v2 (e.g. "posts/12?context=edit"),
    // the reply's JSON document. For reading back what was published.
    virtual std::optional<QJsonDocument> get(const QString &route, WordPressError *error) = 0;
};

// Talks to a site's REST API (wp/v2) with QNetworkAccessManager: basic
// authentication with the application password, the system CA store, a
// timeout without progress per request, at most five redirects, never from
// https to http, and with the password only to the site itself (its scheme,
// host and port, or up from http to https). Finds the API where the site's Link header says, else
// at /wp-json/, else at /?rest_route=/ (sites without pretty links).
//
// Blocking: each call runs a local event loop until its reply is in. Use it
// on a worker thread (or the command line), never on the GUI thread; one
// instance per thread. `cancel`, when given, is checked while waiting; a
// cancelled call aborts its request and fails with Kind::Cancelled.
class WordPressClient : public WordPressConnection
{
public:
    explicit WordPressClient(WordPressSite site, const std::atomic<bool> *cancel = nullptr);
    ~WordPressClient() override;
    WordPressClient(const WordPressClient &) = delete;
    WordPressClient &operator=(const WordPressClient &) = delete;

    // Seconds without progress before a request fails with Kind::Timeout.
    void setTimeout(int seconds);

    std::optional<QString> checkConnection(WordPressError *error) override;
    std::optional<WordPressMedia>
    uploadMedia(const QByteArray &bytes, const QString &fileName, const QString &mimeType,
                WordPressError *error,
                const std::function<void(qint64 sent, qint64 total)> &progress = {}) override;
    bool updateMedia(qint64 id, const QJsonObject &fields, WordPressError *error) override;
    std::optional<WordPressMedia> media(qint64 id, WordPressError *error) override;
    std::optional<qint64> termId(WordPressTaxonomy taxonomy, const QString &name,
                                 WordPressError *error) override;
    std::optional<WordPressPost> createPost(const QJsonObject &fields,
                                            WordPressError *error) override;
    std::optional<WordPressPost> updatePost(qint64 id, const QJsonObject &fields,
                                            WordPressError *error) override;
    std::optional<WordPressPost> post(qint64 id, WordPressError *error) override;
    std::optional<QJsonDocument> get(const QString &route, WordPressError *error) override;

    // Where the API was found ("…/wp-json/" or "…/?rest_route=/"); empty
    // until a call has found it.
    QString apiRoot() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

// The text of an HTML-escaped name as WordPress stores tags and categories
// ("Salt &amp; Pepper" is "Salt & Pepper").
QString decodeWordPressEntities(const QString &text);

} // namespace Spill
