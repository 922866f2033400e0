// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the spill-story/1 format; reading is in storyjson.cpp.
#include "storyjson.h"

#include <QStringList>

#include <algorithm>

namespace Spill {

namespace {

// JSON string escaping that keeps non-ASCII text readable (raw UTF-8) and
// round-trips everything a QString can hold, unpaired surrogates included.
void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        switch (u) {
        case u'"':
            out += QStringLiteral("\\\"");
            continue;
        case u'\\':
            out += QStringLiteral("\\\\");
            continue;
        case u'\n':
            out += QStringLiteral("\\n");
            continue;
        case u'\r':
            out += QStringLiteral("\\r");
            continue;
        case u'\t':
            out += QStringLiteral("\\t");
            continue;
        default:
            break;
        }
        // Control characters, DEL, the JavaScript line separators and lone
        // surrogates are escaped so the file stays valid, printable UTF-8.
        if (u < 0x20 || u == 0x7F || u == 0x2028 || u == 0x2029 || c.isSurrogate())
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += u'"';
}

void appendStringList(QString &out, const QStringList &values)
{
    out += u'[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QStringLiteral(", ");
        appendJsonString(out, values.at(i));
    }
    out += u']';
}

QString dateText(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    QDateTime withOffset = date;
    if (date.timeSpec() != Qt::UTC && date.timeSpec() != Qt::OffsetFromUTC)
        withOffset = date.toOffsetFromUtc(date.offsetFromUtc());
    return withOffset.toString(withOffset.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

// Writes `"key": ` at the given indentation; the caller appends the value.
class ObjectWriter
{
public:
    ObjectWriter(QString &out, int depth)
        : m_out(out)
        , m_indent(depth * 2, u' ')
    {
        m_out += QStringLiteral("{\n");
    }

    QString &key(const QString &name)
    {
        if (!m_first)
            m_out += QStringLiteral(",\n");
        m_first = false;
        m_out += m_indent + QStringLiteral("  ");
        appendJsonString(m_out, name);
        m_out += QStringLiteral(": ");
        return m_out;
    }

    void string(const QString &name, const QString &value) { appendJsonString(key(name), value); }
    void raw(const QString &name, const QString &value) { key(name) += value; }
    void stringOrNull(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            raw(name, QStringLiteral("null"));
        else
            string(name, value);
    }

    void close() { m_out += u'\n' + m_indent + u'}'; }

private:
    QString &m_out;
    QString m_indent;
    bool m_first = true;
};

void appendMediaItem(QString &out, const MediaItem &item, const QString &file)
{
    ObjectWriter writer(out, 2);
    writer.string(QStringLiteral("file"), file);
    writer.string(QStringLiteral("beat"), beatKey(item.beat));
    writer.string(QStringLiteral("role"), mediaRoleKey(item.role));
    writer.string(QStringLiteral("alt"), item.alt);
    writer.string(QStringLiteral("caption"), item.caption);
    writer.raw(QStringLiteral("decorative"),
               item.decorative ? QStringLiteral("true") : QStringLiteral("false"));
    if (item.posterMs)
        writer.raw(QStringLiteral("poster_ms"), QString::number(*item.posterMs));
    if (item.editedMarkOff) {
        writer.raw(QStringLiteral("edited_mark"), QStringLiteral("false"));
        writer.string(QStringLiteral("edited_mark_reason"), item.editedMarkReason);
    }
    writer.close();
}

} // namespace

QByteArray writeStoryJson(const Story &story,
                          const std::function<QString(const MediaItem &)> &mediaFileName)
{
    QString out;
    ObjectWriter root(out, 0);
    root.string(QStringLiteral("format"), QString::fromLatin1(StoryJsonFormat));
    root.string(QStringLiteral("slug"), story.slug);
    root.string(QStringLiteral("title"), story.title);
    root.string(QStringLiteral("dish"), story.dish);
    root.string(QStringLiteral("recipe_url"), story.recipeUrl);

    ObjectWriter beats(root.key(QStringLiteral("beats")), 1);
    for (Beat beat : AllBeats)
        beats.string(beatKey(beat), story.beat(beat));
    beats.close();
    // Only headings that are not the default are written: a file without
    // them reads as all defaults, so the two round-trip.
    if (std::any_of(story.headings.begin(), story.headings.end(),
                    [](const BeatHeading &heading) { return !heading.isDefault(); })) {
        ObjectWriter headings(root.key(QStringLiteral("headings")), 1);
        for (Beat beat : AllBeats) {
            const BeatHeading &heading = story.heading(beat);
            if (heading.isHidden())
                headings.raw(beatKey(beat), QStringLiteral("null"));
            else if (!heading.isDefault())
                headings.string(beatKey(beat), heading.text);
        }
        headings.close();
    }

    // Only a story with changes has the key: older files round-trip.
    if (!story.changes.isEmpty()) {
        QString &changes = root.key(QStringLiteral("changes"));
        changes += QStringLiteral("[\n");
        for (qsizetype i = 0; i < story.changes.size(); ++i) {
            const Deviation &change = story.changes.at(i);
            changes += QStringLiteral("    ");
            ObjectWriter writer(changes, 2);
            writer.string(QStringLiteral("kind"), deviationKindKey(change.kind));
            writer.string(QStringLiteral("subject"), change.subject);
            writer.string(QStringLiteral("planned"), change.planned);
            writer.string(QStringLiteral("actual"), change.actual);
            writer.raw(QStringLiteral("caused_fail"),
                       change.causedFail ? QStringLiteral("true") : QStringLiteral("false"));
            writer.close();
            changes += i + 1 < story.changes.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        changes += QStringLiteral("  ]");
    }
    // The same for the fixed recipe: blank entries are not written.
    if (const FixedRecipe recipe = story.fixedRecipe.tidied(); !recipe.isEmpty()) {
        ObjectWriter fixed(root.key(QStringLiteral("fixed_recipe")), 1);
        appendStringList(fixed.key(QStringLiteral("ingredients")), recipe.ingredients);
        appendStringList(fixed.key(QStringLiteral("steps")), recipe.steps);
        fixed.close();
    }

    QStringList kinds;
    for (FailureKind kind : story.failureKinds)
        kinds.append(failureKindKey(kind));
    appendStringList(root.key(QStringLiteral("failure_kinds")), kinds);
    appendStringList(root.key(QStringLiteral("tags")), story.tags);
    root.stringOrNull(QStringLiteral("outcome"),
                      story.outcome ? outcomeKey(*story.outcome) : QString());
    root.string(QStringLiteral("status"), statusKey(story.status));
    root.string(QStringLiteral("published_url"), story.publishedUrl);
    // Only for a redeemed fail; the later story by its slug.
    if (const Redemption &redemption = story.redemption; redemption.isSet()) {
        ObjectWriter redeemed(root.key(QStringLiteral("redemption")), 1);
        if (redemption.storyId > 0 && !redemption.story.slug.isEmpty())
            redeemed.string(QStringLiteral("story"), redemption.story.slug);
        if (!redemption.url.trimmed().isEmpty())
            redeemed.string(QStringLiteral("url"), redemption.url.trimmed());
        if (redemption.on.isValid())
            redeemed.string(QStringLiteral("on"), redemption.on.toString(Qt::ISODate));
        redeemed.close();
    }
    root.string(QStringLiteral("language"), story.language);
    root.stringOrNull(QStringLiteral("created"), dateText(story.created));
    root.stringOrNull(QStringLiteral("updated"), dateText(story.updated));

    QString &media = root.key(QStringLiteral("media"));
    if (story.media.isEmpty()) {
        media += QStringLiteral("[]");
    } else {
        media += QStringLiteral("[\n");
        for (qsizetype i = 0; i < story.media.size(); ++i) {
            const MediaItem &item = story.media.at(i);
            media += QStringLiteral("    ");
            appendMediaItem(media, item, mediaFileName ? mediaFileName(item) : item.file);
            media += i + 1 < story.media.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        media += QStringLiteral("  ]");
    }
    root.close();
    out += u'\n';
    return out.toUtf8();
}
} // namespace Spill
