// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbrowser.h"

#include <QScrollBar>
#include <QTextDocument>

namespace Spill {

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(16);
}

void PreviewBrowser::showPage(const QString &html, const QList<QImage> &images)
{
    const int scroll = verticalScrollBar()->value();
    m_images = images;
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == u"preview") {
        bool ok = false;
        const int index = name.path().toInt(&ok);
        if (ok && index >= 0 && index < m_images.size())
            return m_images.at(index);
    }
    return {};
}

} // namespace Spill
