// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarted.h"

#include "story/beats.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Spill {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

// One row of the Markdown table: what to type, what it gives.
QString markdownRow(const QString &typed, const QString &gives)
{
    return QStringLiteral("<tr><td><code>") + typed.toHtmlEscaped() +
        QStringLiteral("</code></td><td>") + gives.toHtmlEscaped() + QStringLiteral("</td></tr>");
}

} // namespace

QList<std::pair<QString, QString>> GettingStartedDialog::markdownExamples()
{
    return {
        {QStringLiteral("**") + tr("bold") + QStringLiteral("**"), tr("bold (Ctrl+B)")},
        {u'*' + tr("italic") + u'*', tr("italic (Ctrl+I)")},
        {u'[' + tr("words") + QStringLiteral("](https://example.org)"), tr("a link (Ctrl+K)")},
        {QStringLiteral("- ") + tr("eggs"), tr("a list; 1. for a numbered one")},
        {QStringLiteral("> ") + tr("a quote"), tr("a quote")},
        {QStringLiteral("~~") + tr("sugar") + QStringLiteral("~~"), tr("struck through")},
        {QStringLiteral("| a | b |"), tr("a table, with a |---|---| line under its head")},
    };
}

QString GettingStartedDialog::guideHtml()
{
    QString html;
    html += heading(tr("A fail, told well"));
    html += paragraph(tr("Spill turns a kitchen mishap into a post your readers can trust. "
                         "Write it in five beats; the coach on the right says what a reader "
                         "would miss, and the post is ready when you are."));

    html += heading(tr("The five beats"));
    html += QStringLiteral("<ol>");
    for (Beat beat : AllBeats) {
        html += QStringLiteral("<li><b>") + beatTitle(beat).toHtmlEscaped() +
            QStringLiteral("</b>: ") + beatQuestion(beat).toHtmlEscaped() + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    html += paragraph(tr("Ctrl+1 to Ctrl+5 jump to a beat. Each beat has a heading for your "
                         "readers; its menu (Alt+Down) suggests others or hides it."));

    html += heading(tr("Evidence"));
    html += paragraph(tr("Add photos and short clips to the beat they belong to: drop them "
                         "on it, paste a copied photo, or use “Add photo or clip”. "
                         "The dream and reality pair, how it should have looked and how it "
                         "turned out, leads the post. Describe each photo for readers who "
                         "cannot see it, and pick a clip's poster frame in its player."));

    html += heading(tr("Out into the world"));
    html += paragraph(tr("Export writes the post as Markdown, for Hugo or Jekyll, or as HTML, "
                         "with its photos beside it; the preview shows the post as readers "
                         "will see it. The Gallery keeps every fail, to find again and to "
                         "see what goes wrong most."));

    html += heading(tr("Markdown in a beat"));
    html += paragraph(tr("A beat is plain text with a little Markdown:"));
    html += QStringLiteral("<table cellpadding=\"3\">");
    for (const auto &[typed, gives] : markdownExamples())
        html += markdownRow(typed, gives);
    html += QStringLiteral("</table>");
    html += paragraph(tr("A blank line starts a new paragraph. The beat's heading is set "
                         "above it, so a beat needs no headings of its own."));
    return html;
}

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    setObjectName(QStringLiteral("gettingStartedDialog"));
    m_text = new QTextBrowser;
    m_text->setAccessibleName(tr("Getting started with Spill"));
    m_text->setOpenLinks(false);
    m_text->setHtml(guideHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 40, line * 42);
}

} // namespace Spill
