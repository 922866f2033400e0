// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsharekitview.h"

#include "export/sharekit.h"
#include "paneheading.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spill {

ExportShareKitView::ExportShareKitView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shareKitView"));
    m_caption = new QPlainTextEdit;
    m_caption->setObjectName(QStringLiteral("shareCaption"));
    m_caption->setReadOnly(true);
    m_caption->setAccessibleName(tr("Social caption"));
    m_caption->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_length = new QLabel;
    m_length->setForegroundRole(QPalette::PlaceholderText);
    m_copy = new QPushButton(tr("Copy Caption"));
    m_copy->setAccessibleName(tr("Copy the social caption"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_caption->toPlainText());
        m_length->setText(tr("Copied the caption"));
    });
    m_copyAlt = new QPushButton(tr("Copy Alt Text"));
    m_copyAlt->setAccessibleName(tr("Copy the pictures' alt text"));
    connect(m_copyAlt, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_altText);
        m_length->setText(tr("Copied the alt text"));
    });
    m_none = new QLabel(tr("No pictures: the story has no dream or reality photo."));
    m_none->setWordWrap(true);
    m_none->setForegroundRole(QPalette::PlaceholderText);

    m_row = new QHBoxLayout;
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(m_none);
    auto *captionColumn = new QVBoxLayout;
    captionColumn->addWidget(m_caption, 1);
    auto *captionActions = new QHBoxLayout;
    captionActions->addWidget(m_length, 1);
    captionActions->addWidget(m_copyAlt);
    captionActions->addWidget(m_copy);
    captionColumn->addLayout(captionActions);
    auto *body = new QHBoxLayout;
    body->addLayout(m_row);
    body->addLayout(captionColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(paneHeading(tr("Share kit, written beside the post"), m_caption));
    layout->addLayout(body);
    setVisible(false);
}

void ExportShareKitView::clear()
{
    for (QLabel *picture : std::as_const(m_pictures))
        delete picture;
    m_pictures.clear();
    m_caption->clear();
    setVisible(false);
}

void ExportShareKitView::showKit(const ShareKit &kit, const QList<QImage> &thumbnails)
{
    clear();
    for (qsizetype i = 0; i < kit.images.size() && i < thumbnails.size(); ++i) {
        const ShareImage &image = kit.images.at(i);
        auto *picture = new QLabel;
        picture->setPixmap(QPixmap::fromImage(thumbnails.at(i)));
        picture->setToolTip(image.fileName + u'\n' + image.alt);
        picture->setAccessibleName(image.fileName);
        picture->setAccessibleDescription(image.alt);
        m_row->insertWidget(int(i), picture);
        m_pictures.append(picture);
    }
    m_none->setVisible(m_pictures.isEmpty());
    m_altText = kit.altText();
    m_copyAlt->setVisible(!m_pictures.isEmpty());
    m_caption->setPlainText(kit.caption);
    m_caption->setMaximumHeight(thumbnails.isEmpty() ? m_caption->fontMetrics().lineSpacing() * 8
                                                     : thumbnails.first().height());
    const QLocale locale;
    m_length->setText(
        tr("%1 of %2 characters")
            .arg(locale.toString(kit.caption.size()), locale.toString(MaxShareCaption)));
    setVisible(true);
}

} // namespace Spill
