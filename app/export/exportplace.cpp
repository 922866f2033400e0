// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportplace.h"

#include "export/theme.h"
#include "exportrunpanel.h"
#include "exportstorymodel.h"
#include "previewbrowser.h"
#include "shell/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

struct FormatChoice
{
    ExportFormat format;
    const char *label;
};

// JSON is the interchange format of the command line, not a blog post.
constexpr FormatChoice Formats[] = {
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Markdown")},
    {ExportFormat::Hugo, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Hugo")},
    {ExportFormat::Jekyll, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Jekyll")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("Spill::ExportPlace", "HTML folder")},
    {ExportFormat::HtmlSingle, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Single HTML file")},
};

QSettings exportSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("spill"),
                     QStringLiteral("spill"));
}

QString userThemesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/themes");
}

QLabel *heading(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ExportPlace::ExportPlace(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setAccessibleName(tr("Export"));
    m_model = new ExportStoryModel(workspace.library(), this);
    m_model->followChanges(workspace.service());
    m_run = new ExportRunPanel;

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createStoryList());
    splitter->addWidget(createPreview());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(createSettingsRow());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_run);
    createShortcuts();
    restoreSettings();

    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] {
        updateThemeEnabled();
        saveSettings();
        requestPreview();
    });
    connect(m_themeBox, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        requestPreview();
    });
    connect(m_folderEdit, &QLineEdit::textChanged, this, [this] {
        saveSettings();
        updateExportAllowed();
    });
    connect(m_model, &ExportStoryModel::checkedChanged, this, &ExportPlace::updateExportAllowed);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExportPlace::requestPreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExportPlace::requestPreview);
    connect(&m_workspace, &Workspace::storiesChanged, this, [this] {
        const qint64 current = currentStoryId();
        m_model->reload();
        setCurrentStory(current);
        requestPreview();
    });
    connect(m_run, &ExportRunPanel::exportRequested, this, &ExportPlace::startExport);
    connect(m_run, &ExportRunPanel::finished, this, [this](const BatchResult &result) {
        updateExportAllowed();
        emit exportFinished(result);
    });

    updateThemeEnabled();
    updateExportAllowed();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

ExportPlace::~ExportPlace() = default;

QWidget *ExportPlace::createSettingsRow()
{
    m_formatBox = new QComboBox;
    m_formatBox->setAccessibleName(tr("Format"));
    for (const FormatChoice &choice : Formats)
        m_formatBox->addItem(tr(choice.label), exportFormatKey(choice.format));
    m_formatBox->setToolTip(tr("Markdown, Hugo and Jekyll write Markdown files with front matter; "
                               "the HTML formats write finished pages drawn with a theme"));

    m_themeBox = new QComboBox;
    m_themeBox->setAccessibleName(tr("Theme"));
    for (const ThemeInfo &info : availableThemes(defaultThemeDirs(userThemesDir())))
        m_themeBox->addItem(info.displayName.isEmpty() ? info.name : info.displayName, info.name);

    m_folderEdit = new QLineEdit;
    m_folderEdit->setAccessibleName(tr("Output folder"));
    m_folderEdit->setPlaceholderText(tr("Where the exported files go"));
    m_folderEdit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the output folder"));
    connect(browse, &QPushButton::clicked, this, &ExportPlace::chooseFolder);

    auto *formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(m_formatBox);
    auto *themeLabel = new QLabel(tr("T&heme:"));
    themeLabel->setBuddy(m_themeBox);
    auto *folderLabel = new QLabel(tr("&Output folder:"));
    folderLabel->setBuddy(m_folderEdit);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formatLabel);
    layout->addWidget(m_formatBox);
    layout->addSpacing(12);
    layout->addWidget(themeLabel);
    layout->addWidget(m_themeBox);
    layout->addSpacing(12);
    layout->addWidget(folderLabel);
    layout->addWidget(m_folderEdit, 1);
    layout->addWidget(browse);
    return row;
}

QWidget *ExportPlace::createStoryList()
{
    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Stories to export"));
    m_list->setUniformItemSizes(true);
    // Long titles are elided; the tooltip has the whole title.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(200);
    auto *all = new QPushButton(tr("Select &all"));
    all->setAccessibleName(tr("Check every story"));
    auto *none = new QPushButton(tr("Select &none"));
    none->setAccessibleName(tr("Uncheck every story"));
    connect(all, &QPushButton::clicked, m_model, &ExportStoryModel::checkAll);
    connect(none, &QPushButton::clicked, m_model, &ExportStoryModel::checkNone);
    m_checkedLabel = new QLabel;
    m_checkedLabel->setAccessibleName(tr("Checked stories"));
    m_checkedLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("&Stories"), m_list));
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_checkedLabel);
    return panel;
}

QWidget *ExportPlace::createPreview()
{
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
    m_sourceLabel = heading(tr("So&urce"), m_source);

    m_copyHtmlButton = new QPushButton(tr("&Copy HTML"));
    m_copyHtmlButton->setAccessibleName(tr("Copy HTML"));
    m_copyHtmlButton->setToolTip(
        tr("Copies the post's article, images included, as HTML (Ctrl+Shift+C). Paste it into "
           "WordPress or any web editor; the blog's own theme styles it."));
    m_copyMarkdownButton = new QPushButton(tr("Copy Mar&kdown"));
    m_copyMarkdownButton->setAccessibleName(tr("Copy Markdown"));
    m_copyMarkdownButton->setToolTip(
        tr("Copies the post as Markdown with its front matter (Ctrl+Shift+M)"));
    connect(m_copyHtmlButton, &QPushButton::clicked, this, &ExportPlace::copyHtml);
    connect(m_copyMarkdownButton, &QPushButton::clicked, this, &ExportPlace::copyMarkdown);

    auto *panes = new QSplitter(Qt::Horizontal);
    panes->setChildrenCollapsible(false);
    auto *renderedBox = new QWidget;
    auto *renderedLayout = new QVBoxLayout(renderedBox);
    renderedLayout->setContentsMargins(0, 0, 0, 0);
    renderedLayout->addWidget(heading(tr("&Rendered"), m_rendered));
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

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panes, 1);
    layout->addLayout(actions);
    return panel;
}

void ExportPlace::createShortcuts()
{
    // Window shortcuts of a widget in a stack only fire while it is shown.
    const auto add = [this](const QKeySequence &keys, void (ExportPlace::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &ExportPlace::copyHtml);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &ExportPlace::copyMarkdown);
    add(QKeySequence(Qt::CTRL | Qt::Key_E), &ExportPlace::startExport);
}

void ExportPlace::restoreSettings()
{
    m_restoring = true;
    QSettings settings = exportSettings();
    settings.beginGroup(QStringLiteral("export"));
    const int format = m_formatBox->findData(settings.value(QStringLiteral("format")).toString());
    if (format >= 0)
        m_formatBox->setCurrentIndex(format);
    const int theme = m_themeBox->findData(
        settings.value(QStringLiteral("theme"), ExportOptions().theme).toString());
    if (theme >= 0)
        m_themeBox->setCurrentIndex(theme);
    m_folderEdit->setText(settings.value(QStringLiteral("folder")).toString());
    m_restoring = false;
}

void ExportPlace::saveSettings() const
{
    if (m_restoring)
        return;
    QSettings settings = exportSettings();
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), m_formatBox->currentData().toString());
    settings.setValue(QStringLiteral("theme"), theme());
    settings.setValue(QStringLiteral("folder"), outputFolder());
}

ExportFormat ExportPlace::format() const
{
    return exportFormatFromKey(m_formatBox->currentData().toString())
        .value_or(ExportFormat::Markdown);
}

void ExportPlace::setFormat(ExportFormat format)
{
    const int index = m_formatBox->findData(exportFormatKey(format));
    if (index >= 0)
        m_formatBox->setCurrentIndex(index);
}

QString ExportPlace::theme() const
{
    return m_themeBox->currentData().toString();
}

void ExportPlace::setTheme(const QString &name)
{
    const int index = m_themeBox->findData(name);
    if (index >= 0)
        m_themeBox->setCurrentIndex(index);
}

QString ExportPlace::outputFolder() const
{
    return m_folderEdit->text().trimmed();
}

void ExportPlace::setOutputFolder(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

qint64 ExportPlace::currentStoryId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void ExportPlace::setCurrentStory(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
}

void ExportPlace::selectStories(const QList<qint64> &ids)
{
    m_model->setChecked(ids);
    if (!ids.isEmpty())
        setCurrentStory(ids.constFirst());
}

void ExportPlace::updateThemeEnabled()
{
    const bool themed = exportFormatUsesTheme(format());
    m_themeBox->setEnabled(themed);
    m_themeBox->setToolTip(themed ? tr("How the HTML pages look")
                                  : tr("Markdown formats are styled by the blog's own theme; the "
                                       "preview uses this one"));
}

void ExportPlace::updateExportAllowed()
{
    const int checked = m_model->checkedCount();
    m_checkedLabel->setText(checked == 1 ? tr("One story checked")
                                         : tr("%n stories checked", nullptr, checked));
    QString reason;
    if (outputFolder().isEmpty())
        reason = tr("Choose an output folder first");
    else if (checked == 0)
        reason = tr("Check the stories to export first");
    m_run->setBlockedReason(reason);
}

void ExportPlace::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Export to Folder"), outputFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportPlace::setOutputFolder);
    dialog->open();
}

ExportOptions ExportPlace::options() const
{
    ExportOptions options;
    if (!theme().isEmpty())
        options.theme = theme();
    options.themeDirs = defaultThemeDirs(userThemesDir());
    return options;
}

void ExportPlace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewDirty)
        requestPreview();
}

void ExportPlace::requestPreview()
{
    // Hidden: render when shown, not on every autosave elsewhere.
    if (!isVisible()) {
        m_previewDirty = true;
        return;
    }
    m_previewDirty = false;
    const quint64 generation = ++m_previewGeneration;
    const qint64 storyId = currentStoryId();
    if (storyId == 0) {
        m_preview = {};
        m_rendered->showPage({}, {});
        m_source->clear();
        m_status->setText(m_model->rowCount() == 0 ? tr("No stories yet: write one first")
                                                   : tr("Pick a story to see its preview"));
        m_copyHtmlButton->setEnabled(false);
        m_copyMarkdownButton->setEnabled(false);
        return;
    }
    m_status->setText(tr("Rendering…"));
    ++m_rendering;
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_rendering;
        // Only the newest request may change what is shown.
        if (generation == m_previewGeneration)
            applyPreview(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&renderPreview, m_workspace.handle(), storyId, format(), options()));
}

void ExportPlace::applyPreview(const PreviewResult &result)
{
    m_preview = result;
    m_rendered->showPage(result.viewHtml, result.viewImages);
    const int scroll = m_source->verticalScrollBar()->value();
    m_source->setPlainText(result.source);
    m_source->verticalScrollBar()->setValue(scroll);
    m_sourceLabel->setText(result.sourceFile.isEmpty() ? tr("So&urce")
                                                       : tr("So&urce: %1").arg(result.sourceFile));
    m_status->setText(result.error.isEmpty() ? QString() : result.error);
    m_copyHtmlButton->setEnabled(!result.articleHtml.isEmpty());
    m_copyMarkdownButton->setEnabled(!result.markdown.isEmpty());
    emit renderFinished(result.error.isEmpty());
}

QString ExportPlace::previewSource() const
{
    return m_preview.source;
}

void ExportPlace::copyHtml()
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

void ExportPlace::copyMarkdown()
{
    if (m_preview.markdown.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_preview.markdown);
    m_status->setText(tr("Copied the Markdown of \"%1\"").arg(m_preview.title));
}

void ExportPlace::startExport()
{
    if (!m_run->canStart())
        return;
    ExportJob job;
    job.library = m_workspace.handle();
    job.storyIds = m_model->checkedIds();
    job.format = format();
    job.options = options();
    job.outputDir = QDir::fromNativeSeparators(outputFolder());
    m_run->start(job);
}

void ExportPlace::cancelExport()
{
    m_run->cancel();
}

} // namespace Spill
