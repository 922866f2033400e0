// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Spill {

// The top row of the Export place: how and where to export (format, theme,
// output folder), remembered in the "export/" settings group.
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
    // The chosen theme and where themes are looked up.
    ExportOptions options() const;

signals:
    void formatChanged();
    void themeChanged();
    void outputFolderChanged();

private:
    void restoreSettings();
    void saveSettings() const;
    void updateThemeEnabled();
    void chooseFolder();

    QComboBox *m_formatBox = nullptr;
    QComboBox *m_themeBox = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    bool m_restoring = false;
};

} // namespace Spill
