// SPDX-License-Identifier: GPL-3.0-or-later
#include "storygenerator.h"

#include <QTimeZone>

#include <cmath>

namespace Spill::Bench {

namespace {

const QStringList Dishes = {
    QStringLiteral("Cheese soufflé"),
    QStringLiteral("Crème brûlée"),
    QStringLiteral("Sourdough loaf"),
    QStringLiteral("Pâte à choux"),
    QStringLiteral("Lemon meringue"),
    QStringLiteral("Beef Wellington"),
    QStringLiteral("Hollandaise"),
    QStringLiteral("Risotto"),
    QStringLiteral("Macarons"),
    QStringLiteral("Croissants"),
    QStringLiteral("Paella"),
    QStringLiteral("Pavlova"),
    QStringLiteral("Caramel sauce"),
    QStringLiteral("Gnocchi"),
    QStringLiteral("Tarte Tatin"),
    QStringLiteral("Focaccia"),
    QStringLiteral("Custard tart"),
    QStringLiteral("Ramen broth"),
    QStringLiteral("Bagels"),
    QStringLiteral("Chocolate fondant"),
    QStringLiteral("Pad thai"),
    QStringLiteral("Tiramisu"),
    QStringLiteral("Baklava"),
    QStringLiteral("Crêpes Suzette"),
    QStringLiteral("Yorkshire pudding"),
    QStringLiteral("Mayonnaise"),
    QStringLiteral("Panna cotta"),
    QStringLiteral("Brioche"),
    QStringLiteral("Dumplings"),
    QStringLiteral("Bœuf bourguignon"),
};

const QStringList Words = {
    QStringLiteral("butter"),    QStringLiteral("flour"),       QStringLiteral("sugar"),
    QStringLiteral("eggs"),      QStringLiteral("whisk"),       QStringLiteral("pan"),
    QStringLiteral("heat"),      QStringLiteral("minutes"),     QStringLiteral("burnt"),
    QStringLiteral("collapsed"), QStringLiteral("split"),       QStringLiteral("timer"),
    QStringLiteral("dough"),     QStringLiteral("crust"),       QStringLiteral("cream"),
    QStringLiteral("salt"),      QStringLiteral("pepper"),      QStringLiteral("garlic"),
    QStringLiteral("onion"),     QStringLiteral("recipe"),      QStringLiteral("guests"),
    QStringLiteral("kitchen"),   QStringLiteral("smoke"),       QStringLiteral("alarm"),
    QStringLiteral("tray"),      QStringLiteral("knife"),       QStringLiteral("blender"),
    QStringLiteral("lid"),       QStringLiteral("temperature"), QStringLiteral("degrees"),
    QStringLiteral("rescued"),   QStringLiteral("binned"),      QStringLiteral("lesson"),
    QStringLiteral("patience"),  QStringLiteral("crispy"),      QStringLiteral("soggy"),
    QStringLiteral("golden"),    QStringLiteral("black"),       QStringLiteral("sticky"),
    QStringLiteral("lumpy"),     QStringLiteral("caramel"),     QStringLiteral("chocolate"),
    QStringLiteral("vanilla"),   QStringLiteral("yeast"),       QStringLiteral("proof"),
    QStringLiteral("knead"),     QStringLiteral("fold"),        QStringLiteral("simmer"),
    QStringLiteral("boil"),      QStringLiteral("curdled"),     QStringLiteral("spilled"),
    QStringLiteral("floor"),     QStringLiteral("dog"),         QStringLiteral("friends"),
    QStringLiteral("dinner"),    QStringLiteral("birthday"),    QStringLiteral("disaster"),
    QStringLiteral("crème"),     QStringLiteral("brûlée"),      QStringLiteral("jalapeño"),
};

const QStringList Fillers = {
    QStringLiteral("the"), QStringLiteral("a"),    QStringLiteral("and"), QStringLiteral("it"),
    QStringLiteral("was"), QStringLiteral("then"), QStringLiteral("I"),   QStringLiteral("my"),
    QStringLiteral("of"),  QStringLiteral("too"),  QStringLiteral("so"),  QStringLiteral("when"),
};

const QStringList Syllables = {
    QStringLiteral("ka"),  QStringLiteral("ro"),  QStringLiteral("mi"),  QStringLiteral("tel"),
    QStringLiteral("vas"), QStringLiteral("pun"), QStringLiteral("dre"), QStringLiteral("lo"),
    QStringLiteral("sif"), QStringLiteral("gar"), QStringLiteral("nu"),  QStringLiteral("bek"),
    QStringLiteral("zo"),  QStringLiteral("wim"), QStringLiteral("che"), QStringLiteral("tur"),
};

const QStringList Tags = {
    QStringLiteral("baking"),  QStringLiteral("bread"),        QStringLiteral("dessert"),
    QStringLiteral("eggs"),    QStringLiteral("pastry"),       QStringLiteral("weeknight"),
    QStringLiteral("party"),   QStringLiteral("vegan"),        QStringLiteral("gluten-free"),
    QStringLiteral("grill"),   QStringLiteral("sauce"),        QStringLiteral("french"),
    QStringLiteral("italian"), QStringLiteral("asian"),        QStringLiteral("holiday"),
    QStringLiteral("kids"),    QStringLiteral("quick"),        QStringLiteral("slow-cooker"),
    QStringLiteral("candy"),   QStringLiteral("fermentation"),
};

} // namespace

StoryGenerator::StoryGenerator(quint32 seed)
    : m_random(seed)
{
    m_vocabulary = Words;
    // Invented words give the index a long tail, as real writing has.
    for (int i = 0; i < 4000; ++i) {
        QString made;
        const int parts = 2 + i % 3;
        for (int p = 0; p < parts; ++p)
            made += Syllables.at((i / (p + 1) + p * 7 + i * 13) % Syllables.size());
        m_vocabulary.append(made);
    }
}

QString StoryGenerator::pick(const QStringList &list)
{
    return list.at(m_random.bounded(static_cast<int>(list.size())));
}

QString StoryGenerator::word()
{
    if (m_random.bounded(3) == 0)
        return pick(Fillers);
    // Zipf-like: low indexes (the real words) come up far more often.
    const double u = m_random.generateDouble();
    const auto index = static_cast<qsizetype>(std::pow(u, 3.0) * m_vocabulary.size());
    return m_vocabulary.at(qMin(index, m_vocabulary.size() - 1));
}

QString StoryGenerator::sentence(int minWords, int maxWords)
{
    QStringList words;
    const int count = m_random.bounded(minWords, maxWords + 1);
    for (int i = 0; i < count; ++i)
        words.append(word());
    QString text = words.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

QString StoryGenerator::paragraph(int sentences)
{
    QStringList list;
    for (int i = 0; i < sentences; ++i)
        list.append(sentence(6, 16));
    return list.join(u' ');
}

Story StoryGenerator::next(int index)
{
    Story story;
    const QString dish = pick(Dishes);
    story.dish = dish;
    story.title = QStringLiteral("%1 #%2: %3").arg(dish).arg(index).arg(sentence(2, 5));
    for (Beat beat : AllBeats)
        story.beat(beat) = paragraph(m_random.bounded(2, 6));
    if (m_random.bounded(100) < 98)
        story.beat(Beat::WentWrong) += QStringLiteral(" Then the oven door stuck.");
    if (index % RareEvery == 0)
        story.beat(Beat::Salvage) += QStringLiteral(" A pinch of saffron saved the colour.");
    const int tagCount = m_random.bounded(1, 5);
    for (int i = 0; i < tagCount; ++i)
        story.tags.append(pick(Tags));
    const QList<FailureKind> kinds = allFailureKinds();
    story.failureKinds = {kinds.at(m_random.bounded(static_cast<int>(kinds.size())))};
    story.outcome = static_cast<Outcome>(m_random.bounded(3));
    story.status = static_cast<Status>(m_random.bounded(3));
    const QDateTime start(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc());
    story.created = start.addSecs(m_random.bounded(5 * 365 * 24 * 3600));
    story.updated = story.created.addSecs(m_random.bounded(30 * 24 * 3600));
    const int photos = m_random.bounded(0, 4);
    for (int i = 0; i < photos; ++i) {
        MediaItem item;
        item.hash = QString::number(m_random.generate64(), 16).rightJustified(16, u'0');
        item.file = item.hash + QStringLiteral(".jpg");
        item.role = static_cast<MediaRole>(i % 4);
        item.beat = AllBeats.at(static_cast<std::size_t>(i % BeatCount));
        item.alt = sentence(3, 6);
        item.width = 1600;
        item.height = 1200;
        story.media.append(item);
    }
    return story;
}

} // namespace Spill::Bench
