// SPDX-License-Identifier: GPL-3.0-or-later
// Honest evidence in every format: a photo edited after it was taken says
// so in its caption, and the photos and clips appear as a timeline, in the
// order they were taken, under what went wrong.
#include "export/markdown.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QLocale>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spill;
using namespace Spill::Test;

namespace {

MediaOrigin taken(QTime time, bool edited = false, QStringList edits = {}, QString software = {})
{
    MediaOrigin origin;
    origin.known = true;
    origin.captured = QDateTime(QDate(2026, 11, 20), time);
    origin.edited = edited;
    origin.edits = std::move(edits);
    origin.software = std::move(software);
    return origin;
}

// The soufflé story with what its files say: the dream photo cropped and
// recoloured, the toast photo last written by Snapseed, the steam photo
// straight from the camera, and the clip with no capture time.
ExportInput evidenceStory(const QString &mediaDir, const QString &language = u"en_US"_s)
{
    ExportInput input = souffleStory(mediaDir);
    input.story.language = language;
    QList<MediaItem> &media = input.story.media;
    media[0].origin = taken(QTime(18, 30), true, {u"crop"_s, u"colour"_s});
    media[2].origin = taken(QTime(18, 42), true, {}, u"Snapseed 2.0"_s);
    media[3].origin = taken(QTime(18, 35));
    return input;
}

QString clock(const QString &language, QTime time)
{
    return QLocale(language).toString(time, QLocale::ShortFormat);
}

} // namespace

TEST_CASE("export: edited photos say so, and the evidence is a timeline")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("nominal: Markdown captions name the edit; the timeline lists what was taken when")
    {
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Hugo, ExportFormat::Jekyll}) {
            INFO(exportFormatKey(format).toStdString());
            const QString markdown = exportedPostText(format, evidenceStory(dir.path()));
            CHECK(markdown.contains(u"*The plan (edited: crop and colour)*"_s));
            CHECK(markdown.contains(u"*Edited with Snapseed 2.0*"_s));
            // Straight from the camera, and a clip: as the creator wrote them.
            CHECK(markdown.contains(u"*Ten seconds later*"_s));

            const qsizetype heading = markdown.indexOf(u"### How it unfolded"_s);
            REQUIRE(heading > 0);
            CHECK(markdown.indexOf(u"## What went wrong"_s) < heading);
            // Before the salvage's heading, the next one.
            CHECK(markdown.indexOf(u"\n## "_s, heading) > heading);
            CHECK(markdown.indexOf(u"Cheesy soufflé"_s, markdown.indexOf(u"\n## "_s, heading)) > 0);
            const QString list = markdown.mid(heading).section(u"\n\n"_s, 1, 1);
            CHECK(list.split(u'\n') ==
                  QStringList {
                      u"- **"_s + clock(u"en_US"_s, QTime(18, 30)) + u"** The plan"_s,
                      u"- **"_s + clock(u"en_US"_s, QTime(18, 35)) + u"** Steam, for atmosphere"_s,
                      u"- **"_s + clock(u"en_US"_s, QTime(18, 42)) +
                          u"** Cheesy soufflé spooned over toast with chives"_s,
                      u"- *No capture time:* Ten seconds later"_s,
                  });
        }
    }

    SECTION("nominal: HTML shows it as a figure inside the section, times in <time>, as text")
    {
        ExportInput input = evidenceStory(dir.path());
        input.story.media[3].caption = u"<script>alert(1)</script> steam"_s;
        for (ExportFormat format : {ExportFormat::HtmlSingle, ExportFormat::Html}) {
            INFO(exportFormatKey(format).toStdString());
            const QString html = exportedPostText(format, input);
            CHECK(html.contains(u"The plan (edited: crop and colour)"_s));
            const qsizetype section = html.indexOf(u"<div class=\"changes\">"_s);
            REQUIRE(section > 0);
            const qsizetype figure = html.indexOf(
                u"<figure class=\"timeline\">\n<figcaption>How it unfolded</figcaption>\n<ol>"_s,
                section);
            REQUIRE(figure > section);
            const qsizetype first =
                html.indexOf(u"<li><time datetime=\"2026-11-20T18:30:00\">"_s +
                                 clock(u"en_US"_s, QTime(18, 30)) + u"</time> The plan</li>"_s,
                             figure);
            const qsizetype second =
                html.indexOf(u"</time> &lt;script&gt;alert(1)&lt;/script&gt; steam</li>"_s, figure);
            const qsizetype last = html.indexOf(
                u"<li><span class=\"no-time\">No capture time:</span> Ten seconds later</li>"_s,
                figure);
            CHECK(first > figure);
            CHECK(second > first);
            CHECK(last > second);
            checkNoLiveMarkup(html);
        }
    }

    SECTION("nominal: a German post speaks German and writes German times")
    {
        const QString markdown =
            exportedPostText(ExportFormat::Markdown, evidenceStory(dir.path(), u"de_DE"_s));
        CHECK(markdown.contains(u"*The plan (bearbeitet: Zuschnitt und Farbe)*"_s));
        CHECK(markdown.contains(u"*Bearbeitet mit Snapseed 2.0*"_s));
        CHECK(markdown.contains(u"### Wie es geschah"_s));
        CHECK(markdown.contains(u"- **"_s + clock(u"de_DE"_s, QTime(18, 30)) + u"** The plan"_s));
        CHECK(markdown.contains(u"*Keine Aufnahmezeit:* Ten seconds later"_s));
    }

    SECTION("nominal: a mark turned off leaves the caption as written")
    {
        ExportInput input = evidenceStory(dir.path());
        input.story.media[0].editedMarkOff = true;
        input.story.media[0].editedMarkReason = u"Only straightened"_s;
        const QString markdown = exportedPostText(ExportFormat::Markdown, input);
        CHECK(markdown.contains(u"*The plan*"_s));
        CHECK_FALSE(markdown.contains(u"crop and colour"_s));
        CHECK_FALSE(markdown.contains(u"Only straightened"_s));
    }

    SECTION("nominal: edited after it was taken, when the file says no more")
    {
        ExportInput input = evidenceStory(dir.path());
        input.story.media[0].origin.edits.clear();
        const QString markdown = exportedPostText(ExportFormat::Markdown, input);
        CHECK(markdown.contains(u"*The plan (edited after it was taken)*"_s));
    }

    SECTION("nominal: with fewer than two capture times there is no timeline")
    {
        ExportInput input = evidenceStory(dir.path());
        input.story.media[2].origin.captured = {};
        input.story.media[3].origin.captured = {};
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::HtmlSingle}) {
            const QString text = exportedPostText(format, input);
            CHECK_FALSE(text.contains(u"How it unfolded"_s));
            CHECK_FALSE(text.contains(u"timeline"_s));
            CHECK_FALSE(text.contains(u"No capture time"_s));
        }
    }

    SECTION("nominal: over several days, each time carries its date")
    {
        ExportInput input = evidenceStory(dir.path());
        input.story.media[2].origin.captured = QDateTime(QDate(2026, 11, 21), QTime(9, 5));
        const QString markdown = exportedPostText(ExportFormat::Markdown, input);
        const QLocale locale(u"en_US"_s);
        CHECK(markdown.contains(
            u"- **"_s + locale.toString(QDate(2026, 11, 21), QLocale::ShortFormat) + u' ' +
            locale.toString(QTime(9, 5), QLocale::ShortFormat) + u"** Cheesy soufflé"_s));
    }
}
