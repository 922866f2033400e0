// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Spill::Bench {

// Plausible mishap stories with varied words, dishes, tags and kinds.
// "oven" appears in about 98% of them, "saffron" in exactly every 50th (2%);
// neither word is used anywhere else.
class StoryGenerator
{
public:
    explicit StoryGenerator(quint32 seed);
    Story next(int index);

    static constexpr int RareEvery = 50;
    static QString rareWord() { return QStringLiteral("saffron"); }
    static QString commonWord() { return QStringLiteral("oven"); }

private:
    QString word();
    QString sentence(int minWords, int maxWords);
    QString paragraph(int sentences);
    QString pick(const QStringList &list);

    QRandomGenerator m_random;
    QStringList m_vocabulary;
};

} // namespace Spill::Bench
