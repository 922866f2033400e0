// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Spill {

// The top row of the Export place: how and where to export (format, theme,
// output folder), remembered in the "export/" settings group, and whether
// the blog there takes comments, remembered per target (format and folder),
// and whether a share kit is made too.
class ExportTargetBar : public QWidget
{
    Q_OBJECT

public:
    explicit ExportTargetBar(QWidget *parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString theme() const;
    void setTheme(const QString &name);
    QString outputFolder() const; // as typed, trimmed
    void setOutputFolder(const QString &folder);
    bool comments() const;
    void setComments(bool comments);
    // Whether the export also makes a share kit (not for the JSON format).
    bool shareKit() const;
    void setShareKit(bool shareKit);
    // The chosen theme and where themes are looked up.
    ExportOptions options() const;

signals:
    void formatChanged();
    void themeChanged();
    void outputFolderChanged();
    void commentsChanged();
    void shareKitChanged();

private:
    void restoreSettings();
    void saveSettings() const;
    void updateThemeEnabled();
    QString commentsKey() const;
    void restoreComments();
    void chooseFolder();

    QComboBox *m_formatBox = nullptr;
    QComboBox *m_themeBox = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QCheckBox *m_comments = nullptr;
    QCheckBox *m_shareKit = nullptr;
    bool m_restoring = false;
};

} // namespace Spill
