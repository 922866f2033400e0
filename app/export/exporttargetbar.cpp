// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttargetbar.h"

#include "preferences/exporttargets.h"
#include "preferences/settingswriter.h"
#include "publishing/themefolders.h"
#include "shell/fittingcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Spill {

namespace {

struct FormatChoice
{
    ExportFormat format;
    const char *label;
};

constexpr FormatChoice Formats[] = {
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Markdown")},
    {ExportFormat::Hugo, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Hugo")},
    {ExportFormat::Jekyll, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Jekyll")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("Spill::ExportPlace", "HTML folder")},
    {ExportFormat::HtmlSingle, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Single HTML file")},
    {ExportFormat::Json, QT_TRANSLATE_NOOP("Spill::ExportPlace", "Spill stories (JSON)")},
};

// In the user's spill.ini, written on the settings writer's thread: the
// folder is saved as it is typed, and no key waits for the disk.
QVariant exportSetting(const QString &key, const QVariant &fallback = {})
{
    return SettingsWriter::shared().value({}, key, fallback);
}

void writeExportSettings(const QList<SettingsWriter::Change> &changes)
{
    SettingsWriter::shared().write({}, changes);
}

} // namespace

ExportTargetBar::ExportTargetBar(QWidget *parent)
    : QWidget(parent)
{
    m_formatBox = new FittingComboBox;
    m_formatBox->setAccessibleName(tr("Format"));
    for (const FormatChoice &choice : Formats)
        m_formatBox->addItem(QCoreApplication::translate("Spill::ExportPlace", choice.label),
                             exportFormatKey(choice.format));
    m_formatBox->setToolTip(tr("Markdown, Hugo and Jekyll write Markdown files with front matter; "
                               "the HTML formats write finished pages drawn with a theme; JSON "
                               "keeps the stories whole, media included, for another library"));

    m_themeBox = new FittingComboBox;
    m_themeBox->setAccessibleName(tr("Theme"));
    for (const ThemeInfo &info : installedThemes())
        m_themeBox->addItem(info.displayName.isEmpty() ? info.name : info.displayName, info.name);

    m_folderEdit = new QLineEdit;
    m_folderEdit->setAccessibleName(tr("Output folder"));
    m_folderEdit->setPlaceholderText(tr("Where the exported files go"));
    m_folderEdit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the output folder"));
    connect(browse, &QPushButton::clicked, this, &ExportTargetBar::chooseFolder);

    m_comments = new QCheckBox(tr("Blog has co&mments"));
    m_comments->setToolTip(tr("Ends each post by inviting readers to answer in the comments. "
                              "Leave it off for a blog or page without comments."));

    m_shareKit = new QCheckBox(tr("Share kit"));
    m_shareKit->setToolTip(tr("Also makes a share kit beside each post: a tall pin and a square "
                              "of each of the dream and the reality with the title, their alt "
                              "text, and a caption for social posts."));

    auto *formatLabel = new QLabel(tr("Fo&rmat:"));
    formatLabel->setBuddy(m_formatBox);
    auto *themeLabel = new QLabel(tr("&Theme:"));
    themeLabel->setBuddy(m_themeBox);
    auto *folderLabel = new QLabel(tr("&Output folder:"));
    folderLabel->setBuddy(m_folderEdit);

    // Where the files go on one row, what goes with them on the next: in
    // one row, longer words (French, German) made the window wider than a
    // 1280-pixel screen.
    auto *target = new QHBoxLayout;
    target->addWidget(formatLabel);
    target->addWidget(m_formatBox);
    target->addSpacing(12);
    target->addWidget(themeLabel);
    target->addWidget(m_themeBox);
    target->addSpacing(12);
    target->addWidget(folderLabel);
    target->addWidget(m_folderEdit, 1);
    target->addWidget(browse);
    auto *extras = new QHBoxLayout;
    extras->addWidget(m_comments);
    extras->addSpacing(12);
    extras->addWidget(m_shareKit);
    extras->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(target);
    layout->addLayout(extras);

    restoreSettings();
    updateThemeEnabled();
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] {
        updateThemeEnabled();
        saveSettings();
        restoreComments();
        emit formatChanged();
    });
    connect(m_themeBox, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        emit themeChanged();
    });
    connect(m_folderEdit, &QLineEdit::textChanged, this, [this] {
        saveSettings();
        restoreComments();
        emit outputFolderChanged();
    });
    connect(m_shareKit, &QCheckBox::toggled, this, [this] {
        saveSettings();
        emit shareKitChanged();
    });
    connect(m_comments, &QCheckBox::toggled, this, [this] {
        if (m_restoring)
            return;
        writeExportSettings({{commentsKey(), m_comments->isChecked()}});
        emit commentsChanged();
    });
}

void ExportTargetBar::restoreSettings()
{
    m_restoring = true;
    const int format =
        m_formatBox->findData(exportSetting(QStringLiteral("export/format")).toString());
    if (format >= 0)
        m_formatBox->setCurrentIndex(format);
    const int theme = m_themeBox->findData(
        exportSetting(QStringLiteral("export/theme"), ExportOptions().theme).toString());
    if (theme >= 0)
        m_themeBox->setCurrentIndex(theme);
    m_folderEdit->setText(exportSetting(QStringLiteral("export/folder")).toString());
    m_shareKit->setChecked(exportSetting(QStringLiteral("export/shareKit"), false).toBool());
    m_restoring = false;
    restoreComments();
}

// One blog per format and folder: a Hugo site's folder, say.
QString ExportTargetBar::commentsKey() const
{
    return exportCommentsKey(exportFormatKey(format()), outputFolder());
}

void ExportTargetBar::restoreComments()
{
    const bool comments = exportSetting(commentsKey(), false).toBool();
    m_comments->setEnabled(format() != ExportFormat::Json);
    if (comments == m_comments->isChecked())
        return;
    m_restoring = true;
    m_comments->setChecked(comments);
    m_restoring = false;
    emit commentsChanged();
}

bool ExportTargetBar::comments() const
{
    return m_comments->isChecked() && format() != ExportFormat::Json;
}

void ExportTargetBar::setComments(bool comments)
{
    m_comments->setChecked(comments);
}

bool ExportTargetBar::shareKit() const
{
    return m_shareKit->isChecked() && format() != ExportFormat::Json;
}

void ExportTargetBar::setShareKit(bool shareKit)
{
    m_shareKit->setChecked(shareKit);
}

void ExportTargetBar::saveSettings() const
{
    if (m_restoring)
        return;
    writeExportSettings({{QStringLiteral("export/format"), m_formatBox->currentData().toString()},
                         {QStringLiteral("export/theme"), theme()},
                         {QStringLiteral("export/folder"), outputFolder()},
                         {QStringLiteral("export/shareKit"), m_shareKit->isChecked()}});
}

ExportFormat ExportTargetBar::format() const
{
    return exportFormatFromKey(m_formatBox->currentData().toString())
        .value_or(ExportFormat::Markdown);
}

void ExportTargetBar::setFormat(ExportFormat format)
{
    const int index = m_formatBox->findData(exportFormatKey(format));
    if (index >= 0)
        m_formatBox->setCurrentIndex(index);
}

QString ExportTargetBar::theme() const
{
    return m_themeBox->currentData().toString();
}

void ExportTargetBar::setTheme(const QString &name)
{
    const int index = m_themeBox->findData(name);
    if (index >= 0)
        m_themeBox->setCurrentIndex(index);
}

QString ExportTargetBar::outputFolder() const
{
    return m_folderEdit->text().trimmed();
}

void ExportTargetBar::setOutputFolder(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

ExportOptions ExportTargetBar::options() const
{
    ExportOptions options;
    if (!theme().isEmpty())
        options.theme = theme();
    options.themeDirs = themeFolders();
    options.comments = comments();
    options.shareKit = shareKit();
    return options;
}

void ExportTargetBar::updateThemeEnabled()
{
    m_shareKit->setEnabled(format() != ExportFormat::Json);
    const bool themed = exportFormatUsesTheme(format());
    m_themeBox->setEnabled(themed);
    m_themeBox->setToolTip(themed ? tr("How the HTML pages look")
                                  : tr("Markdown formats are styled by the blog's own theme; the "
                                       "preview uses this one"));
}

void ExportTargetBar::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Export to Folder"), outputFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportTargetBar::setOutputFolder);
    dialog->open();
}

} // namespace Spill
