// SPDX-License-Identifier: GPL-3.0-or-later
// The ways into a strip: the file dialog, drops and paste all end in the
// strip's MediaImportQueue; the strip shows its progress and messages.
#include "media/mediaformats.h"
#include "mediaimportqueue.h"
#include "mediastrip.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace Spill {

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

void MediaStrip::importFiles(const QStringList &paths, std::optional<MediaRole> role)
{
    m_imports->importFiles(paths, role);
}

void MediaStrip::cancelImport()
{
    m_imports->cancel();
}

void MediaStrip::batchStarted(int files)
{
    m_progress->setRange(0, files);
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Importing %n file(s)…", nullptr, files));
    m_progressRow->setVisible(true);
    m_add->setEnabled(false);
}

void MediaStrip::batchFinished(int imported, const QStringList &failures)
{
    m_progressRow->setVisible(m_imports->isImporting());
    m_add->setEnabled(!m_imports->isImporting());
    if (!failures.isEmpty()) {
        m_messages = failures + m_messages;
        showMessages();
    }
    emit importFinished(imported, int(failures.size()));
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
            m_imports->importImage(image);
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

} // namespace Spill
