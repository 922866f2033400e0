// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreviewpane.h"

#include "async/continuation.h"
#include "exportchangesview.h"
#include "exportsharekitview.h"
#include "paneheading.h"
#include "previewbrowser.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

struct ExportPreviewPane::Rendered
{
    PreviewResult preview;
    QString file; // the page as written, empty when there is none
};

ExportPreviewPane::ExportPreviewPane(QWidget *parent)
    : QWidget(parent)
{
    m_pool.setMaxThreadCount(2);
    m_rendered = new PreviewBrowser;
    m_caption = new QLabel;
    m_caption->setAccessibleName(tr("What the preview shows"));
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_source = new QPlainTextEdit;
    m_source->setReadOnly(true);
    m_source->setAccessibleName(tr("Post source"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_status = new QLabel;
    m_status->setAccessibleName(tr("Preview status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // A long error (a path, in German) wraps instead of widening the window.
    m_status->setWordWrap(true);
    m_sourceLabel = paneHeading(tr("So&urce"), m_source);

    m_copyHtmlButton = new QPushButton(tr("&Copy HTML"));
    m_copyHtmlButton->setAccessibleName(tr("Copy HTML"));
    m_copyHtmlButton->setToolTip(
        tr("Copies the post's article, images included, as HTML (Ctrl+Shift+C). Paste it into "
           "WordPress or any web editor; the blog's own theme styles it."));
    m_copyMarkdownButton = new QPushButton(tr("Copy Mar&kdown"));
    m_copyMarkdownButton->setAccessibleName(tr("Copy Markdown"));
    m_copyMarkdownButton->setToolTip(
        tr("Copies the post as Markdown with its front matter (Ctrl+Shift+M)"));
    m_copyWordPressButton = new QPushButton(tr("Cop&y for WordPress"));
    m_copyWordPressButton->setAccessibleName(tr("Copy for WordPress"));
    m_copyWordPressButton->setToolTip(
        tr("Copies the post as WordPress blocks, to paste into the block editor's code view "
           "(Ctrl+Shift+W). With a WordPress site set in Preferences, its photos and clips are "
           "uploaded there first; without, they are left out."));
    connect(m_copyWordPressButton, &QPushButton::clicked, this,
            &ExportPreviewPane::copyForWordPressRequested);
    connect(m_copyHtmlButton, &QPushButton::clicked, this, &ExportPreviewPane::copyHtml);
    connect(m_copyMarkdownButton, &QPushButton::clicked, this, &ExportPreviewPane::copyMarkdown);
    m_openButton = new QPushButton(tr("Open &in browser"));
    m_openButton->setAccessibleName(tr("Open in browser"));
    m_openButton->setToolTip(tr("Opens the rendered page in your web browser"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, &ExportPreviewPane::openInBrowser);
    connect(m_rendered, &PreviewBrowser::engineFailed, this, &ExportPreviewPane::updateCaption);

    auto *panes = new QSplitter(Qt::Horizontal);
    panes->setChildrenCollapsible(false);
    auto *renderedBox = new QWidget;
    auto *renderedLayout = new QVBoxLayout(renderedBox);
    renderedLayout->setContentsMargins(0, 0, 0, 0);
    renderedLayout->addWidget(paneHeading(tr("Ren&dered"), m_rendered));
    renderedLayout->addWidget(m_caption);
    renderedLayout->addWidget(m_rendered, 1);
    auto *sourceBox = new QWidget;
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceLabel);
    sourceLayout->addWidget(m_source, 1);
    panes->addWidget(renderedBox);
    panes->addWidget(sourceBox);
    // The post as a reader sees it needs room to be judged; the source is
    // for checking.
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 2);
    panes->setSizes({600, 400});

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_copyHtmlButton);
    actions->addWidget(m_copyMarkdownButton);
    actions->addWidget(m_copyWordPressButton);
    actions->addWidget(m_openButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panes, 1);
    m_changes = new ExportChangesView;
    layout->addWidget(m_changes);
    m_shareKit = new ExportShareKitView;
    layout->addWidget(m_shareKit);
    layout->addLayout(actions);
}

void ExportPreviewPane::render(const PublishSource &source, qint64 storyId, ExportFormat format,
                               const ExportOptions &options)
{
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Rendering…"));
    ++m_rendering;
    // Each render its own file: the engine never reads one being replaced.
    const QString file = m_pages.isValid()
        ? m_pages.filePath(QStringLiteral("post-%1.html").arg(generation))
        : QString();
    onResult(QtConcurrent::run(&m_pool, &ExportPreviewPane::renderPage, source, storyId, format,
                               options, file),
             this, [this, generation](const Rendered &rendered) {
                 --m_rendering;
                 if (generation == m_generation)
                     apply(rendered);
                 else if (!rendered.file.isEmpty())
                     (void)QtConcurrent::run(&m_pool,
                                             [file = rendered.file] { QFile::remove(file); });
             });
}

// On the worker: the preview, and its page written as the export writes it.
ExportPreviewPane::Rendered ExportPreviewPane::renderPage(const PublishSource &source,
                                                          qint64 storyId, ExportFormat format,
                                                          const ExportOptions &options,
                                                          const QString &file)
{
    Rendered rendered {renderPreview(source, storyId, format, options), {}};
    if (rendered.preview.pageHtml.isEmpty())
        return rendered;
    QSaveFile out(file);
    if (file.isEmpty() || !out.open(QIODevice::WriteOnly) ||
        out.write(rendered.preview.pageHtml.toUtf8()) < 0 || !out.commit()) {
        if (rendered.preview.error.isEmpty())
            rendered.preview.error =
                tr("The preview could not be written to %1: %2")
                    .arg(QDir::toNativeSeparators(file.isEmpty() ? QDir::tempPath() : file),
                         out.errorString());
        return rendered;
    }
    rendered.file = file;
    return rendered;
}

void ExportPreviewPane::showNothing(const QString &reason)
{
    ++m_generation; // a render still running is no longer wanted
    m_preview = {};
    m_rendered->showNothing(reason);
    updateCaption();
    m_source->clear();
    m_sourceLabel->setText(tr("So&urce"));
    m_status->setText(reason);
    m_copyHtmlButton->setEnabled(false);
    m_copyMarkdownButton->setEnabled(false);
    m_copyWordPressButton->setEnabled(false);
    m_changes->showChanges({});
    m_shareKit->clear();
    m_openButton->setEnabled(false);
}

void ExportPreviewPane::apply(const Rendered &rendered)
{
    const PreviewResult &result = rendered.preview;
    m_preview = result;
    if (rendered.file.isEmpty())
        m_rendered->showNothing(result.error);
    else
        m_rendered->showFile(rendered.file);
    updateCaption();
    const int scroll = m_source->verticalScrollBar()->value();
    m_source->setPlainText(result.source);
    m_source->verticalScrollBar()->setValue(scroll);
    m_sourceLabel->setText(result.sourceFile.isEmpty() ? tr("So&urce")
                                                       : tr("So&urce: %1").arg(result.sourceFile));
    m_status->setText(result.error);
    m_changes->showChanges(result.changes);
    if (result.shareKit.caption.isEmpty() && result.shareKit.images.isEmpty())
        m_shareKit->clear();
    else
        m_shareKit->showKit(result.shareKit, result.shareThumbnails);
    m_copyHtmlButton->setEnabled(!result.articleHtml.isEmpty());
    m_copyMarkdownButton->setEnabled(!result.markdown.isEmpty());
    m_copyWordPressButton->setEnabled(!result.wordpressBlocks.isEmpty());
    m_openButton->setEnabled(!rendered.file.isEmpty());
    emit renderFinished(result.error.isEmpty());
}

QString ExportPreviewPane::caption() const
{
    return m_caption->text();
}

void ExportPreviewPane::updateCaption()
{
    QString text;
    if (m_preview.pageHtml.isEmpty()) {
        text.clear();
    } else if (m_preview.format == ExportFormat::HtmlSingle) {
        text = tr("The single HTML file as the export writes it, in the theme \"%1\".")
                   .arg(m_preview.theme);
    } else if (m_preview.format == ExportFormat::Html) {
        text = tr("The post in the theme \"%1\", as the export writes it; here its photos "
                  "are inside the page, in the export they are files beside it.")
                   .arg(m_preview.theme);
    } else if (m_preview.format == ExportFormat::Json) {
        text = tr("The story as the theme \"%1\" shows it. The interchange file itself "
                  "has no look; its text is on the right.")
                   .arg(m_preview.theme);
    } else {
        text = tr("This Markdown as the theme \"%1\" shows it. On your blog, the blog's own "
                  "theme gives it its look.")
                   .arg(m_preview.theme);
    }
    if (!m_rendered->note().isEmpty()) {
        if (!text.isEmpty())
            text += u' ';
        text += m_rendered->note() + u'.';
    }
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
}

void ExportPreviewPane::openInBrowser()
{
    if (m_rendered->openInBrowser())
        m_status->setText(tr("Opened \"%1\" in your web browser").arg(m_preview.title));
    else if (!m_rendered->file().isEmpty())
        m_status->setText(
            tr("No web browser could open %1").arg(QDir::toNativeSeparators(m_rendered->file())));
}

void ExportPreviewPane::copyHtml()
{
    if (m_preview.articleHtml.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setHtml(m_preview.articleHtml);
    // Plain text is the markup itself, for a blog editor's HTML/code view.
    mime->setText(m_preview.articleHtml);
    QGuiApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("Copied the HTML of \"%1\"").arg(m_preview.title));
}

void ExportPreviewPane::copyMarkdown()
{
    if (m_preview.markdown.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_preview.markdown);
    m_status->setText(tr("Copied the Markdown of \"%1\"").arg(m_preview.title));
}

void ExportPreviewPane::copyForWordPress()
{
    if (m_preview.wordpressBlocks.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_preview.wordpressBlocks);
    m_status->setText(
        m_preview.mediaLeftOut == 0
            ? tr("Copied \"%1\" for WordPress: paste it into the block editor's code view")
                  .arg(m_preview.title)
            : tr("Copied \"%1\" for WordPress without its %n photos and clips: add your "
                 "WordPress site in Preferences and they are uploaded first",
                 nullptr, m_preview.mediaLeftOut)
                  .arg(m_preview.title));
}

} // namespace Spill
