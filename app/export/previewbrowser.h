// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QTextBrowser>

namespace Spill {

// Shows a rendered post. Its images come from the render (already decoded
// and scaled off the GUI thread) under "preview:N" URLs; nothing is fetched
// from the network or the disk, and links are not followed.
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewBrowser(QWidget *parent = nullptr);

    void showPage(const QString &html, const QList<QImage> &images);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<QImage> m_images;
};

} // namespace Spill
