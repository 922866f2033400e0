// SPDX-License-Identifier: GPL-3.0-or-later
// Counts agree with their number in English, the source language, as they
// do in German: "1 story", never "1 stories".
#include "appidentity.h"
#include "gallery/galleryfilterbar.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace Spill;

namespace {

QString counted(const char *context, const char *text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

} // namespace

TEST_CASE("plurals: counts agree with their number in English and German")
{
    const QLocale before;
    QTranslator translator;

    SECTION("nominal: an English creator reads one story and two stories")
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslator(*QCoreApplication::instance(), translator);
        GalleryFilterBar bar;
        bar.setCount(1, 1);
        CHECK(bar.countText() == QStringLiteral("1 story"));
        bar.setCount(2, 2);
        CHECK(bar.countText() == QStringLiteral("2 stories"));
        bar.setCount(1, 3);
        CHECK(bar.countText() == QStringLiteral("1 of 3 stories"));
        CHECK(counted("Spill::BeatStepList", "Started · %n words", 1) ==
              QStringLiteral("Started · 1 word"));
        CHECK(counted("Spill::StoryListModel", "%n days ago", 1) == QStringLiteral("1 day ago"));
        CHECK(counted("Spill::CoachPanel", "%n thing(s) to look at.", 4) ==
              QStringLiteral("4 things to look at."));
    }

    SECTION("nominal: a language Spill has no words for falls back to English plurals")
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        installTranslator(*QCoreApplication::instance(), translator);
        CHECK(counted("Spill::GalleryFilterBar", "%n stories", 1) == QStringLiteral("1 story"));
    }

    SECTION("nominal: German keeps its own forms")
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslator(*QCoreApplication::instance(), translator);
        CHECK(counted("Spill::BeatStepList", "Done · %n words", 1) ==
              QStringLiteral("Fertig · 1 Wort"));
        CHECK(counted("Spill::BeatStepList", "Done · %n words", 3) ==
              QStringLiteral("Fertig · 3 Wörter"));
    }

    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(before);
}
