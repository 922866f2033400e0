// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlpolicy.h"

#include <QUrl>

namespace Spill {

namespace {

// The scheme as a browser would read it, lowercased; empty when there is none.
QString schemeOf(const QString &url)
{
    QString squeezed;
    for (QChar c : url) {
        if (c.unicode() > 0x20)
            squeezed += c;
    }
    for (qsizetype i = 0; i < squeezed.size(); ++i) {
        const QChar c = squeezed.at(i);
        if (c == u':')
            return i == 0 ? QStringLiteral(":") : squeezed.left(i).toLower();
        const bool schemeChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
            (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'));
        if (!schemeChar)
            return {}; // "/", "?", "#" or another character ends any scheme
    }
    return {};
}

} // namespace

bool isAllowedLinkUrl(const QString &url)
{
    const QString scheme = schemeOf(url);
    return scheme.isEmpty() || scheme == u"http" || scheme == u"https" || scheme == u"mailto";
}

QString allowedWebUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    const QString scheme = schemeOf(trimmed);
    if (scheme != u"http" && scheme != u"https")
        return {};
    const QUrl parsed(trimmed, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        parsed.scheme().compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    // Percent-encoded, so no quote, space or angle bracket survives in it.
    return QString::fromLatin1(parsed.toEncoded(QUrl::FullyEncoded));
}

bool isAcceptableWebAddress(const QString &text)
{
    return text.trimmed().isEmpty() || !allowedWebUrl(text).isEmpty();
}

} // namespace Spill
