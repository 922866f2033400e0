// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <utility>

class QTextBrowser;

namespace Spill {

// Help > Getting Started: a short guide for a first story, the five beats
// (their names and questions as the editor asks them), evidence, export,
// and the Markdown a beat understands.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    QTextBrowser *text() const { return m_text; }
    // The guide as HTML, in the interface's language.
    static QString guideHtml();
    // What to type in a beat and what it gives, as the guide shows them.
    static QList<std::pair<QString, QString>> markdownExamples();

private:
    QTextBrowser *m_text = nullptr;
};

} // namespace Spill
