// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstoryexporter.h"

#include "export/exportsink.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace Spill {

namespace {

struct JsonExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(JsonExportCommand)
};

constexpr qsizetype MaxMediaNameLength = 100;

// A name Windows keeps for a device, whatever its case or suffix: a story
// copied there could not be written ("CON.png", "lpt1.jpg").
bool isDeviceName(const QString &name)
{
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList devices = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                        QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (devices.contains(base))
        return true;
    return base.size() == 4 &&
        (base.startsWith(QLatin1StringView("COM")) || base.startsWith(QLatin1StringView("LPT"))) &&
        base.at(3) >= u'1' && base.at(3) <= u'9';
}

// The library keeps each item's original file name; it is reused when it is
// a plain, portable name with the stored file's suffix.
bool isUsableName(const QString &name, const QString &suffix)
{
    if (name.isEmpty() || name.size() > MaxMediaNameLength || name.startsWith(u'.') ||
        QFileInfo(name).suffix() != suffix || QFileInfo(name).completeBaseName().isEmpty() ||
        isDeviceName(name))
        return false;
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7F || QStringView(u"/\\:*?\"<>|").contains(c);
    });
}

// name.jpg, name-2.jpg, name-3.jpg, ...
QString numbered(const QString &name, int n)
{
    if (n <= 1)
        return name;
    const QFileInfo info(name);
    return info.completeBaseName() + u'-' + QString::number(n) + u'.' + info.suffix();
}

struct PlannedFile
{
    QString relativePath; // <slug>/<name>
    QString source; // in the media store
};

// Decides a file per media item: one per distinct content and name, so an
// item used twice is copied once.
class MediaPlan
{
public:
    void plan(const QString &slug, const MediaItem &item, int index, const QString &source)
    {
        const QString suffix = QFileInfo(source).suffix();
        QString name = QFileInfo(item.file).fileName();
        if (!isUsableName(name, suffix))
            name = mediaRoleKey(item.role) + u'-' + QString::number(index + 1) + u'.' + suffix;
        for (int n = 1;; ++n) {
            const QString candidate = numbered(name, n);
            // "a.png" and "A.png" are one file where case is not told apart
            // (Windows, macOS, a USB stick): they are named apart here.
            const QString key = candidate.toCaseFolded();
            const auto taken = m_hashByName.constFind(key);
            if (taken == m_hashByName.cend()) {
                m_hashByName.insert(key, item.hash);
                const QString relative = slug + u'/' + candidate;
                m_files.append({relative, source});
                m_itemPaths.append(relative);
                return;
            }
            if (*taken == item.hash) { // the same file again
                m_itemPaths.append(slug + u'/' + candidate);
                return;
            }
        }
    }

    const QList<PlannedFile> &files() const { return m_files; }
    QString pathOf(int index) const { return m_itemPaths.value(index); }

private:
    QHash<QString, QString> m_hashByName; // by the name case-folded
    QList<PlannedFile> m_files;
    QStringList m_itemPaths; // per item, in order
};

} // namespace

ExportResult JsonStoryExporter::exportStory(const ExportInput &input, const ExportOptions &,
                                            ExportSink &sink) const
{
    ExportResult result;
    const Story &story = input.story;
    MediaPlan plan;
    for (int i = 0; i < story.media.size(); ++i) {
        const MediaItem &item = story.media.at(i);
        const QString source = input.resolveMedia ? input.resolveMedia(item).file : QString();
        if (source.isEmpty()) {
            result.error = JsonExportCommandText::tr(
                               "%1: the media file \"%2\" (%3) is missing from the library; "
                               "run 'spill check'")
                               .arg(story.slug, item.file, item.hash);
            return result;
        }
        plan.plan(story.slug, item, i, source);
    }
    for (const PlannedFile &file : plan.files()) {
        if (QString error = sink.copyFile(file.relativePath, file.source); !error.isEmpty()) {
            result.error = JsonExportCommandText::tr("%1: %2").arg(story.slug, error);
            return result;
        }
        result.files.append(file.relativePath);
    }
    // The JSON file comes last, so it never refers to a file that is not there.
    Story exported = story;
    for (int i = 0; i < exported.media.size(); ++i)
        exported.media[i].file = plan.pathOf(i);
    const QString jsonPath = story.slug + QStringLiteral(".json");
    if (QString error = sink.write(jsonPath, writeStoryJson(exported)); !error.isEmpty()) {
        result.error = JsonExportCommandText::tr("%1: %2").arg(story.slug, error);
        return result;
    }
    result.files.append(jsonPath);
    return result;
}

} // namespace Spill
