// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Spill {

// Under the preview: what the export will change in the story on its way
// out (a photo scaled down, a file renamed, metadata removed, a clip not
// embedded), the list exportChanges() gives the preview. Hidden when empty.
class ExportChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit ExportChangesView(QWidget *parent = nullptr);

    void showChanges(const QStringList &changes);
    QStringList changes() const { return m_changes; }

private:
    QLabel *m_heading = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QStringList m_changes;
};

} // namespace Spill
