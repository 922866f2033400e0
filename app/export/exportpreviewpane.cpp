// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreviewpane.h"

#include "async/continuation.h"
#include "exportchangesview.h"
#include "paneheading.h"
#include "previewbrowser.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

ExportPreviewPane::ExportPreviewPane(QWidget *parent)
    : QWidget(parent)
{
    m_pool.setMaxThreadCount(2);
    // QTextBrowser understands only part of CSS (no flex or grid, no
    // max-width), so the rendered view is a faithful reading of the post's
    // words, order and images, not of the theme's look; a web engine would
    // show the theme exactly but is a heavy dependency for a preview. The
    // exported files are what the blog gets either way.
    m_rendered = new PreviewBrowser;
    m_rendered->setAccessibleName(tr("Rendered post"));
    m_source = new QPlainTextEdit;
    m_source->setReadOnly(true);
    m_source->setAccessibleName(tr("Post source"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_status = new QLabel;
    m_status->setAccessibleName(tr("Preview status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
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
    connect(m_copyHtmlButton, &QPushButton::clicked, this, &ExportPreviewPane::copyHtml);
    connect(m_copyMarkdownButton, &QPushButton::clicked, this, &ExportPreviewPane::copyMarkdown);

    auto *panes = new QSplitter(Qt::Horizontal);
    panes->setChildrenCollapsible(false);
    auto *renderedBox = new QWidget;
    auto *renderedLayout = new QVBoxLayout(renderedBox);
    renderedLayout->setContentsMargins(0, 0, 0, 0);
    renderedLayout->addWidget(paneHeading(tr("&Rendered"), m_rendered));
    renderedLayout->addWidget(m_rendered, 1);
    auto *sourceBox = new QWidget;
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceLabel);
    sourceLayout->addWidget(m_source, 1);
    panes->addWidget(renderedBox);
    panes->addWidget(sourceBox);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_copyHtmlButton);
    actions->addWidget(m_copyMarkdownButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panes, 1);
    m_changes = new ExportChangesView;
    layout->addWidget(m_changes);
    layout->addLayout(actions);
}

void ExportPreviewPane::render(const PublishSource &source, qint64 storyId, ExportFormat format,
                               const ExportOptions &options)
{
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Rendering…"));
    ++m_rendering;
    onResult(QtConcurrent::run(&m_pool, &renderPreview, source, storyId, format, options), this,
             [this, generation](const PreviewResult &result) {
                 --m_rendering;
                 if (generation == m_generation)
                     apply(result);
             });
}

void ExportPreviewPane::showNothing(const QString &reason)
{
    ++m_generation; // a render still running is no longer wanted
    m_preview = {};
    m_rendered->showPage({}, {});
    m_source->clear();
    m_sourceLabel->setText(tr("So&urce"));
    m_status->setText(reason);
    m_copyHtmlButton->setEnabled(false);
    m_copyMarkdownButton->setEnabled(false);
    m_changes->showChanges({});
}

void ExportPreviewPane::apply(const PreviewResult &result)
{
    m_preview = result;
    m_rendered->showPage(result.viewHtml, result.viewImages);
    const int scroll = m_source->verticalScrollBar()->value();
    m_source->setPlainText(result.source);
    m_source->verticalScrollBar()->setValue(scroll);
    m_sourceLabel->setText(result.sourceFile.isEmpty() ? tr("So&urce")
                                                       : tr("So&urce: %1").arg(result.sourceFile));
    m_status->setText(result.error);
    m_changes->showChanges(result.changes);
    m_copyHtmlButton->setEnabled(!result.articleHtml.isEmpty());
    m_copyMarkdownButton->setEnabled(!result.markdown.isEmpty());
    emit renderFinished(result.error.isEmpty());
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

} // namespace Spill
