// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/story.h"
#include "testsupport.h"

#include <QSet>

using namespace Spill;

TEST_CASE("story keys: enums survive a trip through their stable keys")
{
    SECTION("nominal: failure kinds are eleven, unique, and round-trip")
    {
        QSet<QString> keys;
        for (FailureKind kind : allFailureKinds()) {
            const QString key = failureKindKey(kind);
            CHECK(failureKindFromKey(key) == kind);
            CHECK_FALSE(failureKindLabel(kind).isEmpty());
            keys.insert(key);
        }
        CHECK(keys.size() == FailureKindCount);
        CHECK(failureKindKey(FailureKind::SplitOrCurdled) == QStringLiteral("split_or_curdled"));
    }

    SECTION("nominal: outcomes, statuses and media roles use the format's words")
    {
        CHECK(outcomeFromKey(u"partly") == Outcome::Partly);
        CHECK(outcomeKey(Outcome::Binned) == QStringLiteral("binned"));
        CHECK(statusFromKey(u"published") == Status::Published);
        CHECK(statusKey(Status::Draft) == QStringLiteral("draft"));
        CHECK(mediaRoleFromKey(u"reality") == MediaRole::Reality);
        CHECK(mediaRoleKey(MediaRole::Dream) == QStringLiteral("dream"));
    }

    SECTION("robustness: unknown keys are refused, not mapped to a default")
    {
        CHECK_FALSE(failureKindFromKey(u"exploded").has_value());
        CHECK_FALSE(outcomeFromKey(u"").has_value());
        CHECK_FALSE(statusFromKey(u"Draft").has_value());
        CHECK_FALSE(mediaRoleFromKey(u"hero").has_value());
    }

    SECTION("nominal: a story's beats are addressed by beat")
    {
        Story story;
        story.beat(Beat::Lesson) = QStringLiteral("Keep the door shut.");
        CHECK(story.beats.at(3) == QStringLiteral("Keep the door shut."));
        CHECK(story.beat(Beat::Intended).isEmpty());
        CHECK(story.status == Status::Draft);
    }
}
