// SPDX-License-Identifier: GPL-3.0-or-later
// The AppStream metainfo promises what is shipped: each screenshot it lists
// is in packaging/screenshots/ at the size it states, and its newest
// release is this version, with notes.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QUrl>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("packaging: the metainfo's screenshots and release match what is shipped")
{
    QFile file(QStringLiteral(SPILL_METAINFO));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    struct Shot
    {
        QString url;
        QSize size;
    };
    QList<Shot> shots;
    QStringList releases;
    bool releaseHasNotes = false;
    bool inRelease = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"image") {
            const QSize size(xml.attributes().value(u"width"_s).toInt(),
                             xml.attributes().value(u"height"_s).toInt());
            shots.append({xml.readElementText().trimmed(), size});
        } else if (xml.isStartElement() && xml.name() == u"release") {
            releases.append(xml.attributes().value(u"version"_s).toString());
            inRelease = releases.size() == 1;
        } else if (xml.isEndElement() && xml.name() == u"release") {
            inRelease = false;
        } else if (inRelease && xml.isStartElement() && xml.name() == u"li") {
            releaseHasNotes = true;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());

    REQUIRE(shots.size() == 2); // light and dark
    const QDir folder(QStringLiteral(SPILL_SOURCE_DIR "/packaging/screenshots"));
    for (const Shot &shot : shots) {
        INFO(shot.url.toStdString());
        const QString name = QUrl(shot.url).fileName();
        const QImage image(folder.filePath(name));
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == shot.size);
    }
    CHECK(folder.entryList(QDir::Files).size() == shots.size());

    REQUIRE_FALSE(releases.isEmpty());
    CHECK(releases.first() == QStringLiteral(SPILL_VERSION));
    CHECK(releaseHasNotes);
}
