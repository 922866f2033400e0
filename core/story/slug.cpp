// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include <QStringList>

namespace Spill {

namespace {

// Letters that do not decompose into ASCII under NFKD.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case u'ß':
        return QStringLiteral("ss");
    case u'æ':
    case u'Æ':
        return QStringLiteral("ae");
    case u'œ':
    case u'Œ':
        return QStringLiteral("oe");
    case u'ø':
    case u'Ø':
        return QStringLiteral("o");
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        return QStringLiteral("d");
    case u'ł':
    case u'Ł':
        return QStringLiteral("l");
    case u'þ':
    case u'Þ':
        return QStringLiteral("th");
    case u'&':
        return QStringLiteral(" and ");
    default:
        return {};
    }
}

bool isReserved(const QString &slug)
{
    static const QStringList reserved = {
        QStringLiteral("con"),  QStringLiteral("prn"),  QStringLiteral("aux"),
        QStringLiteral("nul"),  QStringLiteral("com1"), QStringLiteral("com2"),
        QStringLiteral("com3"), QStringLiteral("com4"), QStringLiteral("com5"),
        QStringLiteral("com6"), QStringLiteral("com7"), QStringLiteral("com8"),
        QStringLiteral("com9"), QStringLiteral("lpt1"), QStringLiteral("lpt2"),
        QStringLiteral("lpt3"), QStringLiteral("lpt4"), QStringLiteral("lpt5"),
        QStringLiteral("lpt6"), QStringLiteral("lpt7"), QStringLiteral("lpt8"),
        QStringLiteral("lpt9"),
    };
    return reserved.contains(slug);
}

} // namespace

QString slugify(const QString &title)
{
    QString ascii;
    ascii.reserve(title.size());
    for (QChar c : title) {
        const QString special = foldSpecial(c);
        if (!special.isEmpty()) {
            ascii += special;
            continue;
        }
        // NFKD splits "é" into "e" plus a combining accent, which is dropped below.
        for (QChar d : QString(c).normalized(QString::NormalizationForm_KD)) {
            if (d.unicode() < 128)
                ascii += d.toLower();
        }
    }

    QString slug;
    slug.reserve(ascii.size());
    for (QChar c : ascii) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    if (slug.size() > MaxSlugLength) {
        slug.truncate(MaxSlugLength);
        // Cut at a word boundary when one is reasonably near.
        const qsizetype lastHyphen = slug.lastIndexOf(u'-');
        if (lastHyphen > MaxSlugLength / 2)
            slug.truncate(lastHyphen);
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);

    if (slug.isEmpty())
        return QStringLiteral("story");
    if (isReserved(slug))
        slug += QStringLiteral("-story");
    return slug;
}

bool isValidSlug(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > MaxSlugLength || isReserved(slug))
        return false;
    if (slug.startsWith(u'-') || slug.endsWith(u'-') || slug.contains(QStringLiteral("--")))
        return false;
    for (QChar c : slug) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

QString uniqueSlug(const QString &base, const std::function<bool(const QString &)> &taken)
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        QString candidate = base.left(MaxSlugLength - suffix.size());
        while (candidate.endsWith(u'-'))
            candidate.chop(1);
        candidate += suffix;
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace Spill
