// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshots software centres show (packaging/screenshots/, listed in
// the AppStream metainfo): the Write place with the sample story, light and
// dark, 1280×720, made here from the real window. The test writes them into
// the build folder (screenshots/) and checks they are what they claim: the
// size, the light one light and the dark one dark; `scripts/screenshots`
// copies them into packaging/ when the window changes.
#include "appearance/palettes.h"
#include "mainwindowfixture.h"
#include "shell/appearancecontrol.h"
#include "write/samplestory.h"

#include <QDir>
#include <QImage>
#include <QStatusBar>
#include <QTest>

using namespace Spill;

namespace {

double meanLightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 8) {
        for (int x = 0; x < image.width(); x += 8) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count ? sum / count : 0;
}

} // namespace

TEST_CASE("store screenshots: the Write place with the sample story in light and in dark")
{
    Test::TempWorkspace library;
    const SampleStoryResult sample = loadSampleStory(library.workspace->mediaStore());
    INFO(sample.error.toStdString());
    REQUIRE(sample.ok());
    REQUIRE(library.workspace->library().createStory(sample.story) > 0);

    const QString folder = QStringLiteral(SPILL_BINARY_DIR "/screenshots");
    REQUIRE(QDir().mkpath(folder));
    struct PaletteBack
    {
        QPalette palette = QApplication::palette();
        ~PaletteBack() { QApplication::setPalette(palette); }
    } back;

    QList<double> lightness;
    for (const ColourScheme scheme : {ColourScheme::Light, ColourScheme::Dark}) {
        AppearanceControl::applyScheme(scheme);
        MainWindow window(*library.workspace);
        window.resize(1280, 720);
        Test::showActive(window);
        Test::waitForWritePlace(window, true);
        QTest::qWait(300); // thumbnails and the coach arrive after the story
        // The status bar would show the test's temporary folder.
        window.statusBar()->hide();
        const QImage shot = window.grab().toImage();
        CHECK(shot.size() == QSize(1280, 720));
        const QString name = scheme == ColourScheme::Light ? QStringLiteral("write-light.png")
                                                           : QStringLiteral("write-dark.png");
        REQUIRE(shot.save(QDir(folder).filePath(name)));
        lightness.append(meanLightness(shot));
    }
    INFO(lightness.at(0) << " " << lightness.at(1));
    CHECK(lightness.at(0) > 0.7);
    CHECK(lightness.at(1) < 0.35);
}
