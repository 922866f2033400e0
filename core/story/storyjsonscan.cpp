// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyjsonscan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace Spill {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The characters of a JSON string token (without its quotes), escapes and
// all, exactly as written: surrogate escapes are kept as the code units they
// name, whether paired or not. The bytes are valid UTF-8 (Qt checked them).
QString decodeExactly(QByteArrayView token)
{
    QString text;
    text.reserve(token.size());
    qsizetype i = 0;
    while (i < token.size()) {
        const auto byte = static_cast<unsigned char>(token[i]);
        if (byte == '\\' && i + 1 < token.size()) {
            const char kind = token[i + 1];
            i += 2;
            switch (kind) {
            case 'b':
                text += u'\b';
                break;
            case 'f':
                text += u'\f';
                break;
            case 'n':
                text += u'\n';
                break;
            case 'r':
                text += u'\r';
                break;
            case 't':
                text += u'\t';
                break;
            case 'u': {
                char16_t unit = 0;
                for (int k = 0; k < 4 && i < token.size(); ++k, ++i)
                    unit = char16_t(unit * 16 + std::max(0, hexValue(token[i])));
                text += QChar(unit);
                break;
            }
            default: // '"', '\\', '/'
                text += QLatin1Char(kind);
            }
            continue;
        }
        char32_t code = byte;
        int extra = 0;
        if (byte >= 0xF0) {
            code = byte & 0x07;
            extra = 3;
        } else if (byte >= 0xE0) {
            code = byte & 0x0F;
            extra = 2;
        } else if (byte >= 0xC0) {
            code = byte & 0x1F;
            extra = 1;
        }
        ++i;
        for (int k = 0; k < extra && i < token.size(); ++k, ++i)
            code = (code << 6) | (static_cast<unsigned char>(token[i]) & 0x3F);
        // By hand: QString::fromUcs4() would drop a U+FEFF as a byte order mark.
        if (code > 0xFFFF) {
            text += QChar(QChar::highSurrogate(code));
            text += QChar(QChar::lowSurrogate(code));
        } else {
            text += QChar(char16_t(code));
        }
    }
    return text;
}

// What Qt's reader makes of the same token.
QString decodedByQt(QByteArrayView token)
{
    QByteArray wrapped;
    wrapped.reserve(token.size() + 4);
    wrapped.append("[\"").append(token.data(), token.size()).append("\"]");
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// Why `exact` cannot be stored as it is, or an empty string.
QString alteration(const QString &exact, const QString &asRead)
{
    for (qsizetype i = 0; i < exact.size(); ++i) {
        const QChar c = exact.at(i);
        const bool paired = c.isHighSurrogate()
            ? i + 1 < exact.size() && exact.at(i + 1).isLowSurrogate()
            : !c.isLowSurrogate() || (i > 0 && exact.at(i - 1).isHighSurrogate());
        if (!paired) {
            return QCoreApplication::translate(
                       "StoryJson",
                       "it holds an unpaired surrogate \\u%1 (character %2), which is not text")
                .arg(QString::number(c.unicode(), 16).toUpper(), QString::number(i + 1));
        }
    }
    // What Qt's reader is known to change, whatever a given container does.
    if (exact.startsWith(QChar(0xFEFF)))
        return QCoreApplication::translate("StoryJson",
                                           "it starts with a byte order mark (U+FEFF), which "
                                           "Spill's reader would drop");
    for (qsizetype i = 0; i < exact.size(); ++i) {
        const char16_t u = exact.at(i).unicode();
        if (u == 0xFFFE || u == 0xFFFF)
            return QCoreApplication::translate("StoryJson",
                                               "it holds the noncharacter U+%1 (character %2), "
                                               "which Spill's reader would replace")
                .arg(QString::number(u, 16).toUpper(), QString::number(i + 1));
    }
    if (exact == asRead)
        return {};
    qsizetype at = 0;
    while (at < exact.size() && at < asRead.size() && exact.at(at) == asRead.at(at))
        ++at;
    const char32_t code = at < exact.size() ? exact.at(at).unicode() : 0;
    const char32_t full = at + 1 < exact.size() && exact.at(at).isHighSurrogate()
        ? QChar::surrogateToUcs4(exact.at(at), exact.at(at + 1))
        : code;
    return QCoreApplication::translate(
               "StoryJson",
               "it holds the character U+%1 (character %2), which Spill cannot keep "
               "exactly")
        .arg(QStringLiteral("%1").arg(uint(full), 4, 16, QLatin1Char('0')).toUpper(),
             QString::number(at + 1));
}

// Whether Qt could have read a token differently from what it says: only
// escapes and the bytes of U+FEFF, U+FFFE, U+FFFF and beyond need a look.
bool needsCheck(QByteArrayView token)
{
    for (qsizetype i = 0; i < token.size(); ++i) {
        const auto byte = static_cast<unsigned char>(token[i]);
        if (byte >= 0xEF || (byte == '\\' && i + 1 < token.size() && token[i + 1] == 'u'))
            return true;
        if (byte == '\\')
            ++i;
    }
    return false;
}

struct Frame
{
    bool array = false;
    qsizetype index = 0;
    QString key;
    bool expectKey = true;
    QSet<QString> keys; // an object's keys so far
};

QString pathOf(const QList<Frame> &frames)
{
    QString path;
    for (const Frame &frame : frames) {
        if (frame.array)
            path += u'[' + QString::number(frame.index) + u']';
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + frame.key;
    }
    return path;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonScan scanJson(const QByteArray &json)
{
    JsonScan scan;
    QList<Frame> frames;
    qsizetype pos = 0;
    const qsizetype size = json.size();
    while (pos < size) {
        const char c = json.at(pos);
        if (isSpace(c)) {
            ++pos;
        } else if (c == '{' || c == '[') {
            frames.append(Frame {c == '[', 0, {}, c == '{', {}});
            ++pos;
        } else if (c == '}' || c == ']') {
            if (!frames.isEmpty())
                frames.removeLast();
            ++pos;
        } else if (c == ',') {
            if (!frames.isEmpty()) {
                if (frames.last().array)
                    ++frames.last().index;
                else
                    frames.last().expectKey = true;
            }
            ++pos;
        } else if (c == ':') {
            if (!frames.isEmpty())
                frames.last().expectKey = false;
            ++pos;
        } else if (c == '"') {
            qsizetype end = pos + 1;
            while (end < size && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            const QByteArrayView token(json.constData() + pos + 1, std::min(end, size) - pos - 1);
            pos = end + 1;
            if (!frames.isEmpty() && !frames.last().array && frames.last().expectKey) {
                Frame &object = frames.last();
                object.key = decodeExactly(token);
                if (object.keys.contains(object.key)) {
                    if (scan.duplicateKey.isEmpty())
                        scan.duplicateKey = pathOf(frames);
                } else {
                    object.keys.insert(object.key);
                }
            } else if (scan.alteredKey.isEmpty() && needsCheck(token)) {
                const QString reason = alteration(decodeExactly(token), decodedByQt(token));
                if (!reason.isEmpty()) {
                    scan.alteredKey = pathOf(frames);
                    scan.alteredReason = reason;
                }
            }
        } else {
            const qsizetype start = pos;
            while (pos < size && !isSpace(json.at(pos)) && json.at(pos) != ',' &&
                   json.at(pos) != '}' && json.at(pos) != ']')
                ++pos;
            if (c == '-' || (c >= '0' && c <= '9'))
                scan.numbers.insert(pathOf(frames), json.mid(start, pos - start));
        }
    }
    return scan;
}

} // namespace Spill
