// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyjson.h"

#include "deviation.h"
#include "fixedrecipe.h"
#include "jsonmessages.h"
#include "slug.h"
#include "storyjsonscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Spill {

using JsonMessages::quoted;

namespace {

template<typename Enum> QString keyList(const QList<Enum> &values, QString (*keyOf)(Enum))
{
    QStringList keys;
    for (Enum value : values)
        keys.append(keyOf(value));
    return keys.join(QStringLiteral(", "));
}

QList<Beat> allBeats()
{
    return {AllBeats.begin(), AllBeats.end()};
}

// QJsonParseError counts bytes and tends to point just past the culprit;
// people count characters from 1, on the line where the culprit sits.
std::pair<int, int> lineAndColumn(const QByteArray &json, int offset)
{
    qsizetype at = std::clamp<qsizetype>(offset > 0 ? offset - 1 : 0, 0, json.size());
    while (at > 0 && (static_cast<unsigned char>(json.at(at)) & 0xC0) == 0x80)
        --at;
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < at; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

class Reader
{
public:
    Reader(const QString &fileName, const QHash<QString, QByteArray> &numbers)
        : m_fileName(fileName)
        , m_numbers(numbers)
    {
    }

    QString error() const { return m_error; }

    bool fail(const QString &message)
    {
        m_error = m_fileName + QStringLiteral(": ") + message;
        return false;
    }

    bool missing(const QString &key)
    {
        return fail(QCoreApplication::translate("StoryJson", "\"%1\" is missing").arg(key));
    }

    bool wrongType(const QString &key, const QString &expected, const QJsonValue &value)
    {
        return fail(JsonMessages::wrongType(key, expected, value));
    }

    bool badChoice(const QString &key, const QString &choices, const QString &value)
    {
        return fail(JsonMessages::badChoice(key, choices, value));
    }

    // Optional string: absent and null leave `out` as it is.
    bool string(const QJsonObject &object, const QString &prefix, const QString &key, QString &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return wrongType(prefix + key, QCoreApplication::translate("StoryJson", "a string"),
                             value);
        out = value.toString();
        return true;
    }

    bool requiredString(const QJsonObject &object, const QString &prefix, const QString &key,
                        QString &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return missing(prefix + key);
        if (!value.isString())
            return wrongType(prefix + key, QCoreApplication::translate("StoryJson", "a string"),
                             value);
        out = value.toString();
        return true;
    }

    // An optional key naming one value of an enum; empty and null mean "not set".
    template<typename Enum>
    bool choice(const QJsonObject &object, const QString &key, const QList<Enum> &values,
                QString (*keyOf)(Enum), std::optional<Enum> (*fromKey)(QStringView),
                std::optional<Enum> &out)
    {
        QString text;
        if (!string(object, {}, key, text))
            return false;
        if (text.isEmpty())
            return true;
        out = fromKey(text);
        if (!out)
            return badChoice(key, keyList(values, keyOf), text);
        return true;
    }

    bool array(const QJsonObject &object, const QString &key, QJsonArray &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return wrongType(key, QCoreApplication::translate("StoryJson", "an array"), value);
        out = value.toArray();
        return true;
    }

    bool date(const QJsonObject &object, const QString &key, QDateTime &out)
    {
        QString text;
        if (!string(object, {}, key, text))
            return false;
        if (text.isEmpty())
            return true;
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
        // Without an offset the same file would mean different moments on
        // different machines.
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
            return fail(QCoreApplication::translate(
                            "StoryJson",
                            "\"%1\" must be a date and time with a UTC offset, like "
                            "2026-11-20T18:30:00+01:00, not \"%2\"")
                            .arg(key, quoted(text)));
        }
        out = parsed;
        return true;
    }

    bool read(const QJsonObject &root, Story &story);

private:
    bool readBeats(const QJsonObject &root, Story &story);
    bool readLists(const QJsonObject &root, Story &story);
    bool readMedia(const QJsonObject &root, Story &story);
    bool readRedemption(const QJsonObject &root, Story &story);
    bool readMediaItem(const QJsonValue &value, const QString &prefix, MediaItem &item);

    QString m_fileName;
    const QHash<QString, QByteArray> &m_numbers; // as written, by key
    QString m_error;
};

bool Reader::read(const QJsonObject &root, Story &story)
{
    const QString expectedFormat = QString::fromLatin1(StoryJsonFormat);
    QString format;
    if (!requiredString(root, {}, QStringLiteral("format"), format))
        return false;
    if (format != expectedFormat) {
        return fail(QCoreApplication::translate(
                        "StoryJson", "\"format\" is \"%1\", but this version of Spill reads \"%2\"")
                        .arg(quoted(format), expectedFormat));
    }

    if (!requiredString(root, {}, QStringLiteral("title"), story.title))
        return false;
    if (!readBeats(root, story))
        return false;
    if (QString error;
        !beatHeadingsFromJson(root.value(QStringLiteral("headings")), &story.headings, &error))
        return fail(error);
    if (QString error;
        !deviationsFromJson(root.value(QStringLiteral("changes")), &story.changes, &error))
        return fail(error);
    if (QString error; !fixedRecipeFromJson(root.value(QStringLiteral("fixed_recipe")),
                                            &story.fixedRecipe, &error))
        return fail(error);

    if (!string(root, {}, QStringLiteral("slug"), story.slug))
        return false;
    if (story.slug.isEmpty()) {
        story.slug = slugify(story.title);
    } else if (!isValidSlug(story.slug)) {
        return fail(QCoreApplication::translate(
                        "StoryJson",
                        "\"slug\" must use only lowercase letters, digits and single hyphens "
                        "(at most %1 characters), not \"%2\"")
                        .arg(QString::number(MaxSlugLength), quoted(story.slug)));
    }

    if (!string(root, {}, QStringLiteral("dish"), story.dish) ||
        !string(root, {}, QStringLiteral("recipe_url"), story.recipeUrl) ||
        !string(root, {}, QStringLiteral("published_url"), story.publishedUrl) ||
        !string(root, {}, QStringLiteral("language"), story.language))
        return false;

    if (!readLists(root, story))
        return false;

    if (!choice(root, QStringLiteral("outcome"),
                {Outcome::Rescued, Outcome::Partly, Outcome::Binned}, &outcomeKey, &outcomeFromKey,
                story.outcome))
        return false;
    std::optional<Status> status;
    if (!choice(root, QStringLiteral("status"), {Status::Draft, Status::Ready, Status::Published},
                &statusKey, &statusFromKey, status))
        return false;
    story.status = status.value_or(Status::Draft);

    if (!date(root, QStringLiteral("created"), story.created) ||
        !date(root, QStringLiteral("updated"), story.updated))
        return false;

    return readRedemption(root, story) && readMedia(root, story);
}

// "redemption": {"story": "<slug>", "url": "https://…", "on": "2026-12-01"}.
// A story is named by its slug, found in the library on import.
bool Reader::readRedemption(const QJsonObject &root, Story &story)
{
    const QString key = QStringLiteral("redemption");
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return wrongType(key, QCoreApplication::translate("StoryJson", "an object"), value);
    const QJsonObject object = value.toObject();
    const QString prefix = key + u'.';
    Redemption &redemption = story.redemption;
    QString on;
    if (!string(object, prefix, QStringLiteral("story"), redemption.story.slug) ||
        !string(object, prefix, QStringLiteral("url"), redemption.url) ||
        !string(object, prefix, QStringLiteral("on"), on))
        return false;
    if (!redemption.story.slug.isEmpty() && !isValidSlug(redemption.story.slug)) {
        return fail(
            QCoreApplication::translate("StoryJson", "\"%1\" must be a story's slug, not \"%2\"")
                .arg(prefix + QStringLiteral("story"), quoted(redemption.story.slug)));
    }
    if (!on.isEmpty()) {
        redemption.on = QDate::fromString(on, Qt::ISODate);
        if (!redemption.on.isValid()) {
            return fail(QCoreApplication::translate(
                            "StoryJson", "\"%1\" must be a date like 2026-12-01, not \"%2\"")
                            .arg(prefix + QStringLiteral("on"), quoted(on)));
        }
    }
    return true;
}

bool Reader::readBeats(const QJsonObject &root, Story &story)
{
    const QJsonValue beats = root.value(QStringLiteral("beats"));
    if (beats.isUndefined())
        return missing(QStringLiteral("beats"));
    if (!beats.isObject())
        return wrongType(QStringLiteral("beats"),
                         QCoreApplication::translate("StoryJson", "an object"), beats);
    const QJsonObject object = beats.toObject();
    for (Beat beat : AllBeats) {
        if (!requiredString(object, QStringLiteral("beats."), beatKey(beat), story.beat(beat)))
            return false;
    }
    return true;
}

bool Reader::readLists(const QJsonObject &root, Story &story)
{
    QJsonArray kinds;
    if (!array(root, QStringLiteral("failure_kinds"), kinds))
        return false;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString key = QStringLiteral("failure_kinds[%1]").arg(i);
        if (!kinds.at(i).isString())
            return wrongType(key, QCoreApplication::translate("StoryJson", "a string"),
                             kinds.at(i));
        const QString text = kinds.at(i).toString();
        const std::optional<FailureKind> kind = failureKindFromKey(text);
        if (!kind)
            return badChoice(key, keyList(allFailureKinds(), &failureKindKey), text);
        if (!story.failureKinds.contains(*kind))
            story.failureKinds.append(*kind);
    }

    QJsonArray tags;
    if (!array(root, QStringLiteral("tags"), tags))
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (!tags.at(i).isString())
            return wrongType(QStringLiteral("tags[%1]").arg(i),
                             QCoreApplication::translate("StoryJson", "a string"), tags.at(i));
        const QString tag = tags.at(i).toString().trimmed();
        // "Baking" and "baking" are one tag; the first spelling wins.
        const QString folded = tag.toCaseFolded();
        if (tag.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        story.tags.append(tag);
    }
    return true;
}

bool Reader::readMedia(const QJsonObject &root, Story &story)
{
    QJsonArray media;
    if (!array(root, QStringLiteral("media"), media))
        return false;
    for (qsizetype i = 0; i < media.size(); ++i) {
        MediaItem item;
        if (!readMediaItem(media.at(i), QStringLiteral("media[%1]").arg(i), item))
            return false;
        story.media.append(item);
    }
    return true;
}

bool Reader::readMediaItem(const QJsonValue &value, const QString &prefix, MediaItem &item)
{
    if (!value.isObject())
        return wrongType(prefix, QCoreApplication::translate("StoryJson", "an object"), value);
    const QJsonObject object = value.toObject();
    const QString dotted = prefix + u'.';

    if (!requiredString(object, dotted, QStringLiteral("file"), item.file))
        return false;
    if (item.file.isEmpty())
        return fail(QCoreApplication::translate("StoryJson", "\"%1\" must not be empty")
                        .arg(dotted + QStringLiteral("file")));
    if (!isContainedMediaPath(item.file)) {
        return fail(QCoreApplication::translate(
                        "StoryJson", "\"%1\" must be a path inside the story's folder, not \"%2\"")
                        .arg(dotted + QStringLiteral("file"), quoted(item.file)));
    }

    // Enum keys are checked here rather than with choice() because they carry a prefix.
    QString beatText;
    if (!string(object, dotted, QStringLiteral("beat"), beatText))
        return false;
    if (!beatText.isEmpty()) {
        const std::optional<Beat> beat = beatFromKey(beatText);
        if (!beat)
            return badChoice(dotted + QStringLiteral("beat"), keyList(allBeats(), &beatKey),
                             beatText);
        item.beat = *beat;
    }
    QString roleText;
    if (!string(object, dotted, QStringLiteral("role"), roleText))
        return false;
    if (!roleText.isEmpty()) {
        const std::optional<MediaRole> role = mediaRoleFromKey(roleText);
        if (!role) {
            const QList<MediaRole> roles = {MediaRole::Dream, MediaRole::Reality, MediaRole::Step,
                                            MediaRole::Result};
            return badChoice(dotted + QStringLiteral("role"), keyList(roles, &mediaRoleKey),
                             roleText);
        }
        item.role = *role;
    }

    if (!string(object, dotted, QStringLiteral("alt"), item.alt) ||
        !string(object, dotted, QStringLiteral("caption"), item.caption))
        return false;

    const QJsonValue decorative = object.value(QStringLiteral("decorative"));
    if (!decorative.isUndefined() && !decorative.isNull()) {
        if (!decorative.isBool())
            return wrongType(dotted + QStringLiteral("decorative"),
                             QCoreApplication::translate("StoryJson", "true or false"), decorative);
        item.decorative = decorative.toBool();
    }
    // The creator's answer to a photo its file says was edited: written only
    // when the mark is off. Whether it was edited is read from the file.
    const QJsonValue editedMark = object.value(QStringLiteral("edited_mark"));
    if (!editedMark.isUndefined() && !editedMark.isNull()) {
        if (!editedMark.isBool())
            return wrongType(dotted + QStringLiteral("edited_mark"),
                             QCoreApplication::translate("StoryJson", "true or false"), editedMark);
        item.editedMarkOff = !editedMark.toBool();
    }
    if (!string(object, dotted, QStringLiteral("edited_mark_reason"), item.editedMarkReason))
        return false;
    if (!item.editedMarkOff)
        item.editedMarkReason.clear();

    const QJsonValue poster = object.value(QStringLiteral("poster_ms"));
    if (!poster.isUndefined() && !poster.isNull()) {
        const QString key = dotted + QStringLiteral("poster_ms");
        if (!poster.isDouble())
            return wrongType(key, QCoreApplication::translate("StoryJson", "a number"), poster);
        // Read from the token as written: a double would round integers
        // above 2^53 to a neighbour. Digits, and at most a zero fraction.
        QByteArray token = m_numbers.value(key);
        const QByteArray written = token;
        if (const qsizetype dot = token.indexOf('.'); dot > 0) {
            const QByteArray fraction = token.mid(dot + 1);
            if (!fraction.isEmpty() && fraction.count('0') == fraction.size())
                token.truncate(dot);
        }
        bool whole = !token.isEmpty();
        for (const char c : std::as_const(token))
            whole = whole && c >= '0' && c <= '9';
        bool ok = false;
        const qint64 ms = whole ? token.toLongLong(&ok) : 0;
        if (!ok) {
            return fail(
                QCoreApplication::translate(
                    "StoryJson", "\"%1\" must be a whole number of milliseconds, 0 or more, not %2")
                    .arg(key,
                         quoted(written.isEmpty() ? QString::number(poster.toDouble())
                                                  : QString::fromLatin1(written))));
        }
        item.posterMs = ms;
    }
    return true;
}

// Lexically cleans a relative path; backslashes count as separators.
QString cleanRelative(const QString &mediaFile)
{
    QString path = mediaFile;
    path.replace(u'\\', u'/');
    return QDir::cleanPath(path);
}

bool isInside(const QString &path, const QString &folder)
{
    const QString prefix = folder.endsWith(u'/') ? folder : folder + u'/';
    return path.startsWith(prefix);
}

} // namespace

StoryJsonResult readStoryJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const JsonScan scan =
        parseError.error == QJsonParseError::NoError ? scanJson(json) : JsonScan();
    Reader reader(fileName, scan.numbers);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        reader.fail(
            QCoreApplication::translate("StoryJson", "line %1, column %2: JSON syntax error: %3")
                .arg(QString::number(line), QString::number(column), parseError.errorString()));
        return {std::nullopt, reader.error()};
    }
    if (!document.isObject()) {
        reader.fail(
            QCoreApplication::translate("StoryJson", "the file must hold one JSON object, not %1")
                .arg(document.isArray()
                         ? QCoreApplication::translate("StoryJson", "an array")
                         : QCoreApplication::translate("StoryJson", "a single value")));
        return {std::nullopt, reader.error()};
    }
    if (!scan.duplicateKey.isEmpty()) {
        reader.fail(
            QCoreApplication::translate("StoryJson", "\"%1\" is given twice; keep the one you mean")
                .arg(scan.duplicateKey));
        return {std::nullopt, reader.error()};
    }
    if (!scan.alteredKey.isEmpty()) {
        reader.fail(QCoreApplication::translate("StoryJson", "\"%1\" cannot be kept exactly: %2")
                        .arg(scan.alteredKey, scan.alteredReason));
        return {std::nullopt, reader.error()};
    }
    Story story;
    if (!reader.read(document.object(), story))
        return {std::nullopt, reader.error()};
    return {std::move(story), {}};
}

bool isContainedMediaPath(const QString &mediaFile)
{
    if (mediaFile.isEmpty())
        return false;
    QString path = mediaFile;
    path.replace(u'\\', u'/');
    // "/x", "//server/share" and "C:/x" (or "C:x", relative to a drive) are all
    // outside the story's folder.
    if (path.startsWith(u'/') || (path.size() >= 2 && path.at(1) == u':'))
        return false;
    const QString clean = QDir::cleanPath(path);
    return clean != QStringLiteral("..") && !clean.startsWith(QStringLiteral("../")) &&
        clean != QStringLiteral(".");
}

MediaPathResult resolveMediaPath(const QString &jsonFilePath, const QString &mediaFile)
{
    if (!isContainedMediaPath(mediaFile)) {
        return {{},
                QCoreApplication::translate(
                    "StoryJson", "%1: media file \"%2\" must be a path inside the story's folder")
                    .arg(QFileInfo(jsonFilePath).fileName(), quoted(mediaFile))};
    }
    const QString folder = QFileInfo(jsonFilePath).absolutePath();
    const QString path = QDir::cleanPath(folder + u'/' + cleanRelative(mediaFile));

    // A symbolic link inside the folder may still point elsewhere.
    const QFileInfo target(path);
    if (target.exists()) {
        const QString realFolder = QFileInfo(folder).canonicalFilePath();
        if (!isInside(target.canonicalFilePath(), realFolder)) {
            return {{},
                    QCoreApplication::translate(
                        "StoryJson", "%1: media file \"%2\" leads outside the story's folder")
                        .arg(QFileInfo(jsonFilePath).fileName(), quoted(mediaFile))};
        }
    }
    return {path, {}};
}

} // namespace Spill
