// SPDX-License-Identifier: GPL-3.0-or-later
// Pseudo-localisation: every text of Spill's 40% longer (and accented, so
// a text that escapes translation shows), the main places at 1280×720.
// No label or button may cut its text off where it has no way to show the
// rest (a label that elides on purpose, or one inside a scroll area's page,
// does).
#include "mainwindowfixture.h"
#include "preferences/preferencesdialog.h"
#include "story/story.h"
#include "textfit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Spill;
using Place = MainWindow::Place;

namespace {

// Turns each source text into a longer, accented one; placeholders ("%1",
// "%n", "%L1"), mnemonics ("&") and markup stay as they are.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QString text = QString::fromUtf8(source);
        // Key names ("Ctrl+,") must stay keys.
        if (text.isEmpty() || (text.contains(u'+') && !text.contains(u' ')))
            return {};
        QString out;
        bool inTag = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'<')
                inTag = true;
            if (inTag || c == u'%' || (i > 0 && text.at(i - 1) == u'%')) {
                out += c;
            } else {
                static const QString plain = QStringLiteral("aeiouAEIOUcnyCN");
                static const QString accented = QStringLiteral("áéíóúÁÉÍÓÚçñýÇÑ");
                const qsizetype at = plain.indexOf(c);
                out += at >= 0 ? accented.at(at) : c;
            }
            if (c == u'>')
                inTag = false;
        }
        // Longer by 40%, in words a line can break between, as a longer
        // language's are.
        const int extra = int(text.size() * 4 / 10);
        for (int i = 0; i < extra; ++i)
            out += i % 5 == 0 ? u' ' : u'~';
        return out;
    }

    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE("pseudo-localisation: every text 40% longer, nothing cut off at 1280x720")
{
    const QSize screen(1280, 720);
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    Test::WindowOnOneStory shown(screen);
    MainWindow &window = *shown.window;
    QTest::qWait(200);

    // The check itself sees a button too narrow for its words.
    {
        QPushButton narrow(QStringLiteral("A button far too narrow"), &window);
        narrow.setFixedWidth(30);
        narrow.show();
        CHECK(Test::clipped(&window).filter(QStringLiteral("far too narrow")).size() == 1);
    }

    for (const Place place : {Place::Write, Place::Gallery, Place::Export}) {
        window.showPlace(place);
        QTest::qWait(300);
        const QStringList cut = Test::clipped(&window);
        INFO(int(place) << "\n" << cut.join(u'\n').toStdString());
        CHECK(cut.isEmpty());
        // The longer words did not push the window past the screen.
        CHECK(window.width() <= screen.width());
        CHECK(window.height() <= screen.height());
        CHECK(window.minimumSizeHint().width() <= screen.width());
        CHECK(window.minimumSizeHint().height() <= screen.height());
    }

    // Preferences, page by page.
    auto *preferences = window.findChild<QAction *>(QStringLiteral("preferences"));
    REQUIRE(preferences);
    preferences->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *pages = dialog->findChild<QTabWidget *>();
    REQUIRE(pages);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QTest::qWait(100);
        const QStringList cut = Test::clipped(dialog);
        INFO(pages->tabText(page).toStdString() << "\n" << cut.join(u'\n').toStdString());
        CHECK(cut.isEmpty());
        CHECK(dialog->width() <= screen.width());
        CHECK(dialog->height() <= screen.height());
    }
    dialog->close();
    QCoreApplication::removeTranslator(&pseudo);
}
