// SPDX-License-Identifier: GPL-3.0-or-later
// The ways into a strip: the file dialog, drops and paste all end in
// importFiles(), which runs batches through MediaImporter one at a time.
#include "media/mediaformats.h"
#include "media/mediaimporter.h"
#include "mediastrip.h"
#include "mediatile.h"
#include "storymedia.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>

namespace Spill {

namespace {

QString refusedMessage(const QString &path)
{
    return MediaStrip::tr("%1: Spill takes only JPEG, PNG and WebP photos and MP4, WebM and MOV "
                          "clips")
        .arg(QFileInfo(path).fileName());
}

} // namespace

QString MediaStrip::nameFilter()
{
    QStringList patterns;
    for (const QString &suffix : photoSuffixes() + videoSuffixes())
        patterns << QStringLiteral("*.") + suffix << QStringLiteral("*.") + suffix.toUpper();
    return tr("Photos and clips (%1)").arg(patterns.join(QLatin1Char(' ')));
}

void MediaStrip::chooseFiles(std::optional<MediaRole> role)
{
    auto *dialog = new QFileDialog(this, tr("Add photos or clips to “%1”").arg(beatTitle(m_beat)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(nameFilter());
    connect(dialog, &QFileDialog::filesSelected, this,
            [this, role](const QStringList &files) { importFiles(files, role); });
    dialog->open();
}

std::optional<MediaRole> MediaStrip::defaultRole() const
{
    // The first photo of what was intended is the dream, the first of what
    // went wrong the reality: the story's signature pair fills itself.
    if (m_beat == Beat::Intended && !m_media->firstWithRole(MediaRole::Dream))
        return MediaRole::Dream;
    if (m_beat == Beat::WentWrong && !m_media->firstWithRole(MediaRole::Reality))
        return MediaRole::Reality;
    return std::nullopt;
}

void MediaStrip::importFiles(const QStringList &paths, std::optional<MediaRole> role)
{
    Batch batch;
    batch.role = role;
    for (const QString &path : paths) {
        if (mediaKindForFileName(path))
            batch.paths << path;
        else
            batch.refused << refusedMessage(path);
    }
    m_queue.append(batch);
    startNextBatch();
}

void MediaStrip::startNextBatch()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = m_queue.takeFirst();
    if (m_running->paths.isEmpty()) {
        batchFinished({});
        return;
    }
    m_progress->setRange(0, int(m_running->paths.size()));
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Importing %n file(s)…", nullptr, int(m_running->paths.size())));
    m_progressRow->setVisible(true);
    m_add->setEnabled(false);
    m_importer->start(m_running->paths);
}

void MediaStrip::cancelImport()
{
    m_queue.clear();
    m_importer->cancel();
}

void MediaStrip::batchFinished(const QList<ImportedMedia> &results)
{
    const Batch batch = m_running.value_or(Batch {});
    m_running.reset();

    QStringList failures = batch.refused;
    QList<MediaItem> added;
    int cancelled = 0;
    std::optional<MediaRole> role = batch.role ? batch.role : defaultRole();
    for (const ImportedMedia &result : results) {
        if (!result.ok()) {
            if (result.error.endsWith(
                    QCoreApplication::translate("MediaImporter", "%1: the import was cancelled")
                        .arg(QString())))
                ++cancelled;
            else
                failures << result.error;
            continue;
        }
        const bool inStory =
            std::any_of(m_media->items().cbegin(), m_media->items().cend(),
                        [&](const MediaItem &item) { return item.hash == result.hash; });
        const bool inBatch = std::any_of(added.cbegin(), added.cend(), [&](const MediaItem &item) {
            return item.hash == result.hash;
        });
        if (inStory || inBatch) {
            failures << tr("%1: this photo or clip is already in the story")
                            .arg(QFileInfo(result.sourcePath).fileName());
            continue;
        }
        MediaItem item = result.toMediaItem(m_store.filePath(result.hash, result.suffix));
        item.beat = m_beat;
        if (role) {
            item.role = *role;
            // Only one dream and one reality are presets; later ones are steps.
            if (!batch.role && (*role == MediaRole::Dream || *role == MediaRole::Reality))
                role.reset();
        }
        added.append(item);
    }
    if (cancelled > 0)
        failures << tr("%n file(s) not imported: the import was cancelled", nullptr, cancelled);

    m_progressRow->setVisible(false);
    m_add->setEnabled(true);
    if (!added.isEmpty())
        m_media->append(added);
    if (!failures.isEmpty()) {
        m_messages = failures + m_messages;
        showMessages();
    }
    emit importFinished(int(added.size()), int(failures.size()));
    startNextBatch();
}

void MediaStrip::showMessages()
{
    QStringList lines;
    for (const QString &message : std::as_const(m_messages))
        lines << message.toHtmlEscaped();
    m_messageLabel->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("Not imported:").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    m_messageRow->setVisible(!m_messages.isEmpty());
}

void MediaStrip::clearMessages()
{
    m_messages.clear();
    m_messageRow->setVisible(false);
}

bool MediaStrip::importMimeData(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (!paths.isEmpty()) {
            importFiles(paths);
            return true;
        }
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            pasteImage(image);
            return true;
        }
    }
    return false;
}

bool MediaStrip::pasteFromClipboard(bool fromTextEditor)
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    // In the text editor, text wins: a copied paragraph is pasted as words,
    // a copied photo or file becomes evidence.
    if (fromTextEditor && mime->hasText() && !mime->hasUrls())
        return false;
    return importMimeData(mime);
}

void MediaStrip::pasteImage(const QImage &image)
{
    if (!m_pasteDir)
        m_pasteDir = std::make_unique<QTemporaryDir>();
    const QString name =
        tr("Pasted photo %1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss.zzz")));
    const QString path = m_pasteDir->filePath(name);
    // Encoding a big screenshot takes a while: not on the GUI thread.
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, name] {
        watcher->deleteLater();
        if (watcher->result()) {
            importFiles({path});
            return;
        }
        m_messages.prepend(tr("%1: the pasted photo could not be saved for import").arg(name));
        showMessages();
    });
    watcher->setFuture(QtConcurrent::run([image, path] { return image.save(path, "PNG"); }));
}

} // namespace Spill
