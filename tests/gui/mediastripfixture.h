// SPDX-License-Identifier: GPL-3.0-or-later
// What the media strip's tests share: a story editor with a real media
// store and thumbnail cache in temporary folders, photos made to order.
#pragma once

#include "document/mediastripmodel.h"
#include "editor/storyeditor.h"
#include "editorundo.h"
#include "media/mediaitemeditor.h"
#include "media/mediastore.h"
#include "media/mediastrip.h"
#include "media/mediastripview.h"
#include "media/mediathumbnailmodel.h"
#include "media/signaturepair.h"
#include "media/thumbnailcache.h"
#include "media/videoplayer.h"
#include "testsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

namespace Spill::Test::MediaStripTests {

inline constexpr int WaitMs = 60000;

inline VideoProber realProber()
{
    // The test binary has no probe mode: clips are probed by spill itself.
    return VideoProber(QStringLiteral(SPILL_EXECUTABLE), {QStringLiteral("__probe")});
}

// A photo whose content depends on `seed`, so each gets its own hash.
inline QString writePhoto(const QString &dir, const QString &name, int seed,
                          QSize size = {640, 480})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 160, 220));
    QPainter painter(&image);
    painter.setBrush(QColor::fromHsv((seed * 91) % 360, 200, 120));
    painter.drawEllipse(QRect(QPoint(seed % 200, 60), QSize(200, 200)));
    painter.end();
    const QString path = QDir(dir).filePath(name);
    REQUIRE(image.save(path));
    return path;
}

struct Fixture
{
    QTemporaryDir library;
    QTemporaryDir sources;
    MediaStore store {library.path(), realProber()};
    ThumbnailCache thumbnails {library.path(), realProber()};
    StoryEditor editor;
    Test::EditorUndo undo {editor};

    Fixture()
    {
        REQUIRE(library.isValid());
        REQUIRE(sources.isValid());
        editor.resize(1100, 800);
        editor.enableMedia(&store, &thumbnails);
    }

    MediaStrip *strip(Beat beat) const { return editor.mediaStrip(beat); }

    // Imports through the same entry point the dialog, drop and paste use.
    void import(Beat beat, const QStringList &paths)
    {
        QSignalSpy finished(strip(beat), &MediaStrip::importFinished);
        strip(beat)->importFiles(paths);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, WaitMs));
    }

    QList<MediaItem> media() const { return editor.story().media; }
};

// The strip's tiles are the rows of its model.
inline int tileCount(const MediaStrip *strip)
{
    return strip->tileModel()->rowCount();
}

inline QModelIndex tile(const MediaStrip *strip, int slot)
{
    return strip->tileModel()->index(slot, 0);
}

inline bool allThumbnailsShown(const MediaStrip *strip)
{
    for (int slot = 0; slot < tileCount(strip); ++slot) {
        if (tile(strip, slot).data(Qt::DecorationRole).value<QImage>().isNull())
            return false;
    }
    return tileCount(strip) > 0;
}

// Tiles made again: any reset, insertion or removal of the strip's rows.
struct Remade
{
    explicit Remade(const MediaStrip *strip)
        : reset(strip->tileModel(), &QAbstractItemModel::modelReset)
        , inserted(strip->tileModel(), &QAbstractItemModel::rowsInserted)
        , removed(strip->tileModel(), &QAbstractItemModel::rowsRemoved)
    {
    }

    bool none() const { return reset.isEmpty() && inserted.isEmpty() && removed.isEmpty(); }

    QSignalSpy reset, inserted, removed;
};

} // namespace Spill::Test::MediaStripTests
