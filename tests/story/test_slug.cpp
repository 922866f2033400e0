// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/slug.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Spill;

TEST_CASE("slugs: safe names from any title")
{
    SECTION("nominal: words become lowercase, hyphenated ASCII")
    {
        CHECK(slugify(QStringLiteral("The Soufflé That Wasn't")) ==
              QStringLiteral("the-souffle-that-wasn-t"));
        CHECK(slugify(QStringLiteral("  Crème brûlée, take 2!  ")) ==
              QStringLiteral("creme-brulee-take-2"));
        CHECK(slugify(QStringLiteral("Straßen-Brötchen & Œufs")) ==
              QStringLiteral("strassen-brotchen-and-oeufs"));
    }

    SECTION("robustness: hostile titles still give a safe slug")
    {
        CHECK(slugify(QStringLiteral("../../etc/passwd")) == QStringLiteral("etc-passwd"));
        CHECK(slugify(QStringLiteral(": \" --- # 🍰")) == QStringLiteral("story"));
        CHECK(slugify(QString()) == QStringLiteral("story"));
        CHECK(slugify(QStringLiteral("כישלון בעוגה")) == QStringLiteral("story"));
        CHECK(slugify(QStringLiteral("CON")) == QStringLiteral("con-story"));
        CHECK(slugify(QStringLiteral("nul")) == QStringLiteral("nul-story"));
        CHECK(slugify(QStringLiteral("..")) == QStringLiteral("story"));
    }

    SECTION("robustness: long titles are cut at a word, within the limit")
    {
        const QString title = QStringLiteral("a very long title ").repeated(20);
        const QString slug = slugify(title);
        CHECK(slug.size() <= MaxSlugLength);
        CHECK(slug.size() > MaxSlugLength / 2);
        // A whole-word prefix of the full hyphenated title.
        const QString full = title.trimmed().replace(u' ', u'-');
        CHECK(full.startsWith(slug));
        CHECK(full.at(slug.size()) == u'-');
        CHECK(isValidSlug(slug));
    }

    SECTION("property: any random title yields a valid slug")
    {
        QRandomGenerator rng(20261127);
        const QString alphabet = QStringLiteral("aZé ß-_./\\:*?\"<>|#🍰\u05d0\u0000\t\n0COMNUL");
        for (int i = 0; i < 2000; ++i) {
            QString title;
            const int length = rng.bounded(0, 120);
            for (int j = 0; j < length; ++j)
                title += alphabet.at(rng.bounded(alphabet.size()));
            const QString slug = slugify(title);
            INFO(title.toStdString());
            REQUIRE(isValidSlug(slug));
        }
    }

    SECTION("nominal: isValidSlug refuses what could escape or collide")
    {
        CHECK(isValidSlug(QStringLiteral("split-hollandaise")));
        CHECK_FALSE(isValidSlug(QStringLiteral("../x")));
        CHECK_FALSE(isValidSlug(QStringLiteral("a/b")));
        CHECK_FALSE(isValidSlug(QStringLiteral("Upper")));
        CHECK_FALSE(isValidSlug(QStringLiteral("-lead")));
        CHECK_FALSE(isValidSlug(QStringLiteral("com1")));
        CHECK_FALSE(isValidSlug(QString()));
    }

    SECTION("nominal: uniqueSlug counts up past taken names")
    {
        const QSet<QString> taken = {QStringLiteral("tart"), QStringLiteral("tart-2")};
        auto isTaken = [&](const QString &s) { return taken.contains(s); };
        CHECK(uniqueSlug(QStringLiteral("pie"), isTaken) == QStringLiteral("pie"));
        CHECK(uniqueSlug(QStringLiteral("tart"), isTaken) == QStringLiteral("tart-3"));

        const QString longBase = QString(MaxSlugLength, u'a');
        const QString unique =
            uniqueSlug(longBase, [&](const QString &s) { return s == longBase; });
        CHECK(unique.size() <= MaxSlugLength);
        CHECK(unique.endsWith(QStringLiteral("-2")));
    }
}
