// SPDX-License-Identifier: GPL-3.0-or-later
#include "gallery/galleryplace.h"
#include "preferences/settingswriter.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "testsupport.h"

#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace Spill;
using Place = MainWindow::Place;

namespace {

// The splitters of the place shown now, built if it was not yet.
QList<QSplitter *> splittersOf(MainWindow &window, Place place)
{
    window.showPlace(place);
    QList<QSplitter *> shown;
    for (QSplitter *splitter : window.findChildren<QSplitter *>()) {
        if (splitter->isVisible())
            shown.append(splitter);
    }
    return shown;
}

// Shows `window` with the state remembered in `settings`.
void showRemembering(MainWindow &window, const QString &settings)
{
    window.restoreWindowState(settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

// A closed window's state is written on the settings writer's thread: in
// the file once the writer is flushed.
void landWindowState()
{
    SettingsWriter::shared().flush();
}

struct LandWindowStateAtEnd
{
    ~LandWindowStateAtEnd() { landWindowState(); }
};

} // namespace

TEST_CASE("window state: geometry and splitters come back after closing")
{
    QTemporaryDir dir;
    const LandWindowStateAtEnd landAtEnd; // before the folder goes
    REQUIRE(dir.isValid());
    const QString settings = dir.filePath(QStringLiteral("spill.ini"));
    const QString library = dir.filePath(QStringLiteral("library"));
    QString error;
    const auto workspace = Workspace::open(library, &error);
    INFO(error.toStdString());
    REQUIRE(workspace);

    const QRect geometry(40, 30, 1180, 760);
    QList<int> gallerySizes, exportSizes;
    {
        MainWindow window(*workspace);
        showRemembering(window, settings);
        window.setGeometry(geometry);
        QTest::qWait(20);

        const QList<QSplitter *> gallery = splittersOf(window, Place::Gallery);
        REQUIRE(gallery.size() == 1);
        QList<int> sizes = gallery.first()->sizes();
        REQUIRE(sizes.size() == 2);
        gallery.first()->setSizes({sizes.at(0) - 200, sizes.at(1) + 200});
        gallerySizes = gallery.first()->sizes();

        const QList<QSplitter *> exported = splittersOf(window, Place::Export);
        REQUIRE_FALSE(exported.isEmpty());
        sizes = exported.first()->sizes();
        // Narrower: the story list has a maximum width.
        exported.first()->setSizes({sizes.at(0) - 40, sizes.at(1) + 40});
        exportSizes = exported.first()->sizes();
        CHECK(window.close());
    }
    landWindowState();
    CHECK(QSettings(settings, QSettings::IniFormat).contains(QStringLiteral("window/geometry")));
    // A new window shows the Gallery's splitter as it was left above.
    auto galleryKeepsItsSizes = [&] {
        MainWindow window(*workspace);
        showRemembering(window, settings);
        const QList<QSplitter *> gallery = splittersOf(window, Place::Gallery);
        REQUIRE(gallery.size() == 1);
        CHECK(gallery.first()->sizes() == gallerySizes);
        window.close();
    };

    SECTION("nominal: a new window has the size, position and splitter sizes of the last")
    {
        MainWindow window(*workspace);
        showRemembering(window, settings);
        CHECK(window.geometry() == geometry);
        const QList<QSplitter *> gallery = splittersOf(window, Place::Gallery);
        REQUIRE(gallery.size() == 1);
        CHECK(gallery.first()->sizes() == gallerySizes);
        const QList<QSplitter *> exported = splittersOf(window, Place::Export);
        REQUIRE_FALSE(exported.isEmpty());
        CHECK(exported.first()->sizes() == exportSizes);
        window.close();
    }

    SECTION("nominal: a place not opened keeps the sizes it had")
    {
        {
            MainWindow window(*workspace);
            showRemembering(window, settings);
            splittersOf(window, Place::Export);
            window.close();
        }
        galleryKeepsItsSizes();
    }

    SECTION("nominal: a place made while idle but not opened keeps the sizes it had")
    {
        {
            MainWindow window(*workspace);
            showRemembering(window, settings);
            // The Gallery's widgets are made a while after the Write place's.
            REQUIRE(QTest::qWaitFor([&] { return window.findChild<GalleryPlace *>(); }, 10000));
            CHECK(window.currentPlace() == Place::Write);
            CHECK_FALSE(window.findChild<GalleryPlace *>()->isVisible());
            window.close();
        }
        galleryKeepsItsSizes();
    }

    SECTION("nominal: a place made while idle but never opened saves no sizes of its own")
    {
        QFile::remove(settings);
        {
            MainWindow window(*workspace);
            showRemembering(window, settings);
            REQUIRE(QTest::qWaitFor([&] { return window.findChild<GalleryPlace *>(); }, 10000));
            window.close();
        }
        landWindowState();
        QSettings file(settings, QSettings::IniFormat);
        CHECK(file.contains(QStringLiteral("window/geometry")));
        file.beginGroup(QStringLiteral("window/gallery"));
        // Never laid out, its splitter's sizes say nothing of the creator's.
        CHECK(file.childKeys().isEmpty());
    }

    SECTION("robustness: a window not asked to remember saves nothing")
    {
        QFile::remove(settings);
        MainWindow window(*workspace);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.close();
        landWindowState();
        CHECK_FALSE(QFile::exists(settings));
    }

    SECTION("robustness: settings of another layout or garbage leave the defaults")
    {
        QFile::remove(settings);
        MainWindow fresh(*workspace);
        fresh.show();
        REQUIRE(QTest::qWaitForWindowExposed(&fresh));
        const QSize defaultSize = fresh.size();
        const QList<int> defaults = splittersOf(fresh, Place::Gallery).first()->sizes();
        fresh.close();
        landWindowState();
        {
            QSettings file(settings, QSettings::IniFormat);
            file.setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
            file.setValue(QStringLiteral("window/gallery/splitter0-h2"), QByteArray("junk"));
        }
        MainWindow window(*workspace);
        showRemembering(window, settings);
        CHECK(window.size() == defaultSize);
        CHECK(splittersOf(window, Place::Gallery).first()->sizes() == defaults);
        window.close();
    }
}
