// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for the crash test: autosaves one story in a loop and prints each
// counter after its write is acknowledged, until it is killed.
#include "library/autosaver.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Spill;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: spill_autosave_child LIBRARY_FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    OpenResult result = Library::open(folder);
    if (!result.library || result.readOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error + result.readOnlyMessage));
        return 2;
    }
    Library &library = *result.library;
    const QString slug = QStringLiteral("crash-test");
    Story story;
    if (std::optional<Story> stored = library.storyBySlug(slug)) {
        story = *stored;
    } else {
        story.slug = slug;
        story.title = QStringLiteral("Crash test");
        story.id = library.createStory(story);
        if (story.id == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(library.lastError()));
            return 3;
        }
    }
    qint64 counter = story.beat(Beat::Intended).toLongLong();

    Autosaver::Options options;
    options.delay = std::chrono::hours(1); // every write goes through flush()
    options.revisionInterval = std::chrono::milliseconds(50);
    Autosaver saver(library.handle(), options);
    QRandomGenerator random(static_cast<quint32>(QCoreApplication::applicationPid()));
    for (;;) {
        ++counter;
        story.beat(Beat::Intended) = QString::number(counter);
        story.beat(Beat::WentWrong) =
            QStringLiteral("burnt caramel ").repeated(random.bounded(1, 400));
        story.tags = {QStringLiteral("tag%1").arg(counter % 7)};
        if (counter % 17 == 0)
            story.status = story.status == Status::Draft ? Status::Ready : Status::Draft;
        saver.update(story);
        if (!saver.flush()) {
            std::fprintf(stderr, "write %lld failed\n", static_cast<long long>(counter));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(counter));
        std::fflush(stdout);
    }
}
