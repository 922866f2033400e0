// SPDX-License-Identifier: GPL-3.0-or-later
// The Export place's rendered view in the real browser engine: the web
// preview module, loaded from the build tree, shows the page the export
// writes; and without the module the pane says why and offers the browser.
#include "appearance/palettes.h"
#include "export/exportplace.h"
#include "export/exportpreviewpane.h"
#include "export/previewbrowser.h"
#include "export/webpreview.h"
#include "shell/workspace.h"
#include "testsupport.h"
#include "write/samplestory.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
// Chromium, inside libQt6WebEngineCore, frees some objects through a base
// without a virtual destructor; that is its own, not Spill's.
extern "C" const char *__asan_default_options()
{
    return "new_delete_type_mismatch=0";
}
#endif

using namespace Spill;

namespace {

constexpr int Patience = 60000; // ms; Chromium starts once per process

// A temporary library holding Spill's sample story, its two photos included.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 storyId = 0;

    Fixture()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("settings")));
        QString error;
        workspace = Workspace::open(dir.filePath(QStringLiteral("library")), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);
        const SampleStoryResult sample = loadSampleStory(workspace->mediaStore());
        INFO(sample.error.toStdString());
        REQUIRE(sample.ok());
        storyId = workspace->library().createStory(sample.story);
        REQUIRE(storyId > 0);
    }
};

bool waitFor(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, Patience);
}

// Runs `script` beside the shown page and waits for its value.
QVariant evaluate(WebPreview *engine, const QString &script)
{
    QVariant value;
    bool done = false;
    engine->runScript(script, [&](const QVariant &result) {
        value = result;
        done = true;
    });
    REQUIRE(waitFor([&] { return done; }));
    return value;
}

// Stands in for the system browser: takes the URLs Spill opens.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// The command lines of this process's child processes.
QStringList childCommandLines()
{
    QStringList lines;
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(proc.filePath(pid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1) != self)
            continue;
        QFile command(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (command.open(QIODevice::ReadOnly))
            lines.append(QString::fromLocal8Bit(command.readAll().replace('\0', ' ')));
    }
    return lines;
}

int countOf(const QString &html, const QString &pattern)
{
    return int(html.count(QRegularExpression(pattern)));
}

} // namespace

TEST_CASE("web preview: the rendered view is the written post")
{
    qputenv("SPILL_WEBPREVIEW_MODULE", SPILL_TEST_WEBPREVIEW_MODULE);
    Fixture fixture;
    ExportPlace place(*fixture.workspace);
    place.resize(1200, 800);
    place.setFormat(ExportFormat::HtmlSingle);
    place.setTheme(QStringLiteral("kitchen"));
    place.show();
    auto *pane = place.findChild<ExportPreviewPane *>();
    REQUIRE(pane);
    PreviewBrowser *browser = pane->browser();
    QSignalSpy shown(browser, &PreviewBrowser::pageShown);
    place.selectStories({fixture.storyId});
    REQUIRE(waitFor([&] { return !shown.isEmpty() && !place.isRendering(); }));
    INFO(browser->problem().toStdString());
    REQUIRE(shown.last().at(0).toBool());
    REQUIRE(browser->engine());
    WebPreview *engine = browser->engine();
    CHECK(engine->widget()->isVisible());
    CHECK(browser->focusProxy() == engine->widget()); // "Rendered" leads the keyboard there
    const PreviewResult preview = pane->preview();
    REQUIRE(preview.error.isEmpty());

    SECTION("nominal: the page in the engine is the file the export writes")
    {
        // The file shown is the page, byte for byte.
        QFile file(browser->file());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()) == preview.pageHtml);

        const int headings = countOf(preview.pageHtml, QStringLiteral("<h2[\\s>]"));
        REQUIRE(headings > 0);
        CHECK(evaluate(engine, QStringLiteral("document.querySelectorAll('h2').length")).toInt() ==
              headings);
        CHECK(evaluate(engine, QStringLiteral("document.querySelector('h1').textContent.trim()"))
                  .toString() == QStringLiteral("The Soufflé That Sighed: A Birthday Collapse"));
        // Both photos, decoded by the engine from the page's data: URLs.
        CHECK(evaluate(engine, QStringLiteral("document.images.length")).toInt() == 2);
        CHECK(evaluate(engine,
                       QStringLiteral("Array.from(document.images).every("
                                      "i => i.complete && i.naturalWidth > 0)"))
                  .toBool());
        // The theme's stylesheet is applied: its serif face, its paper.
        CHECK(evaluate(engine, QStringLiteral("getComputedStyle(document.body).fontFamily"))
                  .toString()
                  .contains(QStringLiteral("Palatino")));
        CHECK(evaluate(engine, QStringLiteral("document.title")).toString() ==
              QStringLiteral("The Soufflé That Sighed: A Birthday Collapse"));
        CHECK(pane->caption().contains(QStringLiteral("single HTML file")));
    }

    SECTION("nominal: without its sandbox Chromium starts no zygote, which slowed its start")
    {
        if (qEnvironmentVariableIntValue("QTWEBENGINE_DISABLE_SANDBOX") == 0) {
            WARN("Chromium runs with its sandbox here: its zygote is needed");
            return;
        }
        CHECK(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--no-zygote"));
        const QStringList children = childCommandLines();
        INFO(children.join(QLatin1Char('\n')).toStdString());
        CHECK(children.filter(QStringLiteral("QtWebEngineProcess")).size() > 0);
        CHECK(children.filter(QStringLiteral("--type=zygote")).isEmpty());
    }

    SECTION("nominal: switching theme changes the stylesheet, and the scroll stays")
    {
        const QString kitchenBackground =
            evaluate(engine, QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                .toString();
        evaluate(engine, QStringLiteral("window.scrollTo(0, 400); window.scrollY"));
        shown.clear();
        place.setTheme(QStringLiteral("clean"));
        REQUIRE(waitFor([&] { return !shown.isEmpty() && !place.isRendering(); }));
        REQUIRE(shown.last().at(0).toBool());
        CHECK(pane->preview().theme == QStringLiteral("clean"));
        const QString font =
            evaluate(engine, QStringLiteral("getComputedStyle(document.body).fontFamily"))
                .toString();
        CHECK(font.contains(QStringLiteral("system-ui")));
        CHECK_FALSE(font.contains(QStringLiteral("Palatino")));
        CHECK(evaluate(engine, QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                  .toString() != kitchenBackground);
        CHECK(evaluate(engine, QStringLiteral("window.scrollY")).toDouble() > 0);
    }

    SECTION(
        "nominal: a dark Spill shows the post's own dark mode, switched live, the file unchanged")
    {
        const auto background = [&] {
            return evaluate(engine,
                            QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                .toString();
        };
        const auto becomes = [&](const QString &colour) {
            return waitFor([&] { return background() == colour; });
        };
        // The kitchen theme's paper, light and dark.
        const QString cream = QStringLiteral("rgb(251, 246, 238)");
        const QString umber = QStringLiteral("rgb(29, 24, 20)");
        REQUIRE(background() == cream);
        struct PaletteBack
        {
            QPalette palette = QApplication::palette();
            ~PaletteBack() { QApplication::setPalette(palette); }
        } back;

        QApplication::setPalette(designedPalette(ColourScheme::Dark));
        CHECK(becomes(umber));
        QFile file(browser->file());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()) == pane->preview().pageHtml);

        // A new page comes dark from the start: the clean theme's dark page.
        shown.clear();
        place.setTheme(QStringLiteral("clean"));
        REQUIRE(waitFor([&] { return !shown.isEmpty() && !place.isRendering(); }));
        REQUIRE(shown.last().at(0).toBool());
        CHECK(background() == QStringLiteral("rgb(18, 20, 23)"));
        CHECK(evaluate(engine,
                       QStringLiteral("getComputedStyle(document.documentElement).colorScheme"))
                  .toString() == QStringLiteral("dark"));

        QApplication::setPalette(designedPalette(ColourScheme::Light));
        CHECK(becomes(QStringLiteral("rgb(255, 255, 255)")));
    }

    SECTION("nominal: for Markdown the pane shows the theme's page and says so")
    {
        shown.clear();
        place.setFormat(ExportFormat::Hugo);
        REQUIRE(waitFor([&] { return !shown.isEmpty() && !place.isRendering(); }));
        REQUIRE(shown.last().at(0).toBool());
        CHECK(place.previewSource().contains(QStringLiteral("title:")));
        CHECK(pane->caption().contains(QStringLiteral("Markdown")));
        CHECK(evaluate(engine, QStringLiteral("document.querySelectorAll('h2').length")).toInt() ==
              countOf(pane->preview().pageHtml, QStringLiteral("<h2[\\s>]")));
    }
}

TEST_CASE("web preview: without the module the pane says why and offers the browser")
{
    Fixture fixture;
    const QString missing = fixture.dir.filePath(QStringLiteral("no-such-webpreview.so"));
    qputenv("SPILL_WEBPREVIEW_MODULE", missing.toLocal8Bit());
    ExportPlace place(*fixture.workspace);
    place.resize(1200, 800);
    place.show();
    auto *pane = place.findChild<ExportPreviewPane *>();
    REQUIRE(pane);
    PreviewBrowser *browser = pane->browser();
    QSignalSpy failed(browser, &PreviewBrowser::engineFailed);
    place.selectStories({fixture.storyId});
    REQUIRE(waitFor([&] { return !failed.isEmpty() && !place.isRendering(); }));
    qunsetenv("SPILL_WEBPREVIEW_MODULE");

    CHECK_FALSE(browser->engine());
    CHECK(browser->problem().contains(QStringLiteral("not installed")));
    CHECK(browser->problem().contains(QStringLiteral("no-such-webpreview.so")));
    // The pane says so where the post would be, and never shows it otherwise.
    auto *message = browser->findChild<QLabel *>();
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->text().contains(browser->problem()));
    CHECK(message->text().contains(QStringLiteral("Open in browser")));
    QPushButton *open = nullptr;
    for (auto *button : pane->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Open in browser"))
            open = button;
    }
    REQUIRE(open);
    CHECK(open->isVisible());
    CHECK(open->isEnabled());
    // What the button opens is the page the export writes.
    QFile file(browser->file());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == pane->preview().pageHtml);
    CHECK(pane->preview().pageHtml.contains(QStringLiteral("Soufflé That Sighed")));

    // The button hands that file to the system browser.
    BrowserStandIn browserApp;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &browserApp, "open");
    QTest::mouseClick(open, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    CHECK(browserApp.opened == QList<QUrl> {QUrl::fromLocalFile(browser->file())});
}

#include "test_webpreview.moc"
