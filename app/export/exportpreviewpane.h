// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishing/preview.h"

#include <QTemporaryDir>
#include <QThreadPool>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Spill {

class ExportChangesView;
class ExportShareKitView;
class PreviewBrowser;

// The middle of the Export place: one story rendered and as the chosen
// format's source, a status line, and the Copy HTML / Copy Markdown / Open
// in browser buttons. The rendered view is the story's single-file HTML page
// in the chosen theme, written to a temporary file and shown by a browser
// engine (PreviewBrowser). Renders run on a worker through the publishing
// part; only the newest request may change what is shown.
class ExportPreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPreviewPane(QWidget *parent = nullptr);

    void render(const PublishSource &source, qint64 storyId, ExportFormat format,
                const ExportOptions &options);
    // No story to show, and why.
    void showNothing(const QString &reason);

    const PreviewResult &preview() const { return m_preview; }
    bool isRendering() const { return m_rendering > 0; }
    PreviewBrowser *browser() const { return m_rendered; }
    ExportShareKitView *shareKitView() const { return m_shareKit; }
    // What the rendered view shows, in words (it depends on the format).
    QString caption() const;

    void copyHtml();
    void copyMarkdown();
    // The post as block markup, without its media (see PreviewResult); the
    // Export place uploads them first when a WordPress site is set.
    void copyForWordPress();
    void openInBrowser();

signals:
    // A preview was applied (it was still current when it arrived).
    void renderFinished(bool ok);
    // "Copy for WordPress" was pressed.
    void copyForWordPressRequested();

private:
    struct Rendered;
    static Rendered renderPage(const PublishSource &source, qint64 storyId, ExportFormat format,
                               const ExportOptions &options, const QString &file);
    void apply(const Rendered &rendered);
    void updateCaption();

    PreviewBrowser *m_rendered = nullptr;
    QLabel *m_caption = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copyHtmlButton = nullptr;
    QPushButton *m_copyMarkdownButton = nullptr;
    QPushButton *m_copyWordPressButton = nullptr;
    ExportChangesView *m_changes = nullptr;
    ExportShareKitView *m_shareKit = nullptr;
    QPushButton *m_openButton = nullptr;

    PreviewResult m_preview;
    quint64 m_generation = 0;
    int m_rendering = 0; // renders still running
    QTemporaryDir m_pages; // the rendered pages, one file each
    // Last, so it is destroyed first: it waits for the renders, whose
    // continuations may then still address this living object.
    QThreadPool m_pool;
};

} // namespace Spill
