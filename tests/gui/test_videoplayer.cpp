// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a clip in the player says nothing on the terminal: Qt Multimedia's
// FFmpeg backend searches for hardware decoders on every clip and reports
// it both through FFmpeg's own log, written straight to stderr, and through
// qDebug().
#include "media/videomodule.h"
#include "mediafixtures.h"
#include "story/story.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Spill;

namespace {

QMutex logged;
QStringList debugLines;
QtMessageHandler previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg) {
        QMutexLocker lock(&logged);
        debugLines << QString::fromLatin1(context.category) + u": " + message;
    }
    previous(type, context, message);
}

// Points file descriptor 2 at a file for as long as it lives.
class StderrToFile
{
public:
    explicit StderrToFile(const QString &path)
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 2);
        ::close(fd);
    }
    ~StderrToFile()
    {
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
    }

private:
    int m_saved = -1;
};

// The player's QMediaPlayer, through its properties: the GUI tests do not
// link Qt Multimedia, the video module does.
QObject *mediaPlayerOf(QObject *dialog)
{
    for (QObject *child : dialog->findChildren<QObject *>()) {
        if (qstrcmp(child->metaObject()->className(), "QMediaPlayer") == 0)
            return child;
    }
    return nullptr;
}

// A three-second clip made in `dir`, as the story's media item for it.
MediaItem colourClip(const QTemporaryDir &dir)
{
    const QString clip = dir.filePath(QStringLiteral("colours.mp4"));
    const QString made = Test::makeColourClip(clip);
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    MediaItem item;
    item.file = clip;
    item.kind = MediaKind::Video;
    item.durationMs = 3000;
    return item;
}

} // namespace

TEST_CASE("video player: opening a clip prints no hardware decoder search")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MediaItem item = colourClip(dir);
    const QString clip = item.file;

    // As a run without QT_LOGGING_RULES has it: qDebug() in the default
    // category is printed unless something turns it off.
    QLoggingCategory::setFilterRules(QString());
    REQUIRE(QLoggingCategory::defaultCategory()->isDebugEnabled());
    previous = qInstallMessageHandler(&collect);
    const QString printed = dir.filePath(QStringLiteral("stderr.txt"));

    QString error;
    bool loaded = false;
    {
        StderrToFile redirect(printed);
        QWidget parent;
        // Not shown: Qt 6.4 leaks a shown QVideoWidget's backing store. The
        // backend opens the clip and its decoder all the same.
        VideoPlayer *player = VideoModule::createPlayer(clip, item, &parent, {}, &error);
        if (player) {
            QObject *media = mediaPlayerOf(player->dialog());
            // QMediaPlayer::LoadedMedia is 2: the decoder is open.
            loaded = media &&
                QTest::qWaitFor([&] { return media->property("mediaStatus").toInt() >= 2; }, 10000);
            // Qt Multimedia tears its output down with deferred deletes.
            delete player;
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    INFO(error.toStdString());
    CHECK(error.isEmpty());
    CHECK(loaded);
    QFile file(printed);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    INFO(text.toStdString());
    CHECK(text.isEmpty());
    QMutexLocker lock(&logged);
    INFO(debugLines.join(u'\n').toStdString());
    CHECK(debugLines.isEmpty());
}

TEST_CASE("video player: its keys move through the clip as the shortcut list says")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MediaItem item = colourClip(dir);
    QString error;
    QWidget parent;
    VideoPlayer *player = VideoModule::createPlayer(item.file, item, &parent, {}, &error);
    INFO(error.toStdString());
    REQUIRE(player);
    QObject *media = mediaPlayerOf(player->dialog());
    REQUIRE(media);
    REQUIRE(QTest::qWaitFor([&] { return media->property("mediaStatus").toInt() >= 2; }, 10000));
    const auto position = [&] { return media->property("position").toLongLong(); };
    // Where a key took the player, give or take a frame.
    const auto reaches = [&](qint64 ms) {
        return QTest::qWaitFor([&] { return std::abs(position() - ms) <= 20; }, 5000);
    };
    QWidget *dialog = player->dialog();

    QTest::keyClick(dialog, Qt::Key_End);
    CHECK(QTest::qWaitFor([&] { return position() >= 2900; }, 5000));
    QTest::keyClick(dialog, Qt::Key_Home);
    CHECK(reaches(0));
    QTest::keyClick(dialog, Qt::Key_Right);
    CHECK(reaches(1000));
    QTest::keyClick(dialog, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(reaches(1040));
    QTest::keyClick(dialog, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(reaches(1000));
    QTest::keyClick(dialog, Qt::Key_Left);
    CHECK(reaches(0));
    // Space plays: the position moves on by itself.
    QTest::keyClick(dialog, Qt::Key_Space);
    CHECK(QTest::qWaitFor([&] { return position() > 200; }, 5000));
    QTest::keyClick(dialog, Qt::Key_Space);

    delete player;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
