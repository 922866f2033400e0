// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaitemeditor.h"

#include "clipduration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <array>

namespace Spill {

namespace {

constexpr std::array<MediaRole, 4> Roles = {MediaRole::Dream, MediaRole::Reality, MediaRole::Step,
                                            MediaRole::Result};

} // namespace

MediaItemEditor::MediaItemEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mediaItemEditor"));
    setAccessibleName(tr("Photo details"));

    m_summary = new QLabel;
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (MediaRole role : Roles)
        m_role->addItem(mediaRoleLabel(role), mediaRoleKey(role));

    m_alt = new QLineEdit;
    m_alt->setObjectName(QStringLiteral("alt"));
    m_alt->setPlaceholderText(tr("What the photo shows, for readers who cannot see it"));
    m_decorative = new QCheckBox(tr("Decorative (no alt text needed)"));
    m_decorative->setObjectName(QStringLiteral("decorative"));

    m_caption = new QLineEdit;
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setPlaceholderText(tr("Shown under the photo in the post"));

    m_origin = new QLabel;
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setWordWrap(true);
    // As wide as the fields, so that the form grows it and its lines wrap
    // only when they must.
    m_origin->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editedMark = new QCheckBox(tr("Mark as edited in the &post"));
    m_editedMark->setObjectName(QStringLiteral("editedMark"));
    m_editedMark->setToolTip(
        tr("The photo's file says it was changed after it was taken; the post's caption says so"));
    m_editedReason = new QLineEdit;
    m_editedReason->setObjectName(QStringLiteral("editedReason"));
    m_editedReason->setPlaceholderText(tr("Why the post should not call it edited"));

    m_play = new QPushButton(tr("Play and pick a poster frame…"));
    m_play->setObjectName(QStringLiteral("play"));
    m_remove = new QPushButton(tr("Remove from story"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setToolTip(tr("The file stays in the library"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Ro&le:"), m_role);
    form->addRow(tr("&Alt text:"), m_alt);
    form->addRow(QString(), m_decorative);
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(tr("Its file:"), m_origin);
    form->addRow(QString(), m_editedMark);
    form->addRow(tr("&Why not:"), m_editedReason);
    m_form = form;

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_play);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    const int line = fontMetrics().height();
    layout->setContentsMargins(0, line / 2, 0, line / 2);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &MediaItemEditor::apply);
    connect(m_alt, &QLineEdit::textEdited, this, &MediaItemEditor::apply);
    connect(m_caption, &QLineEdit::textEdited, this, &MediaItemEditor::apply);
    connect(m_editedReason, &QLineEdit::textEdited, this, &MediaItemEditor::apply);
    connect(m_editedMark, &QCheckBox::toggled, this, [this] {
        showOrigin();
        apply();
    });
    connect(m_decorative, &QCheckBox::toggled, this, [this](bool decorative) {
        m_alt->setEnabled(!decorative);
        apply();
    });
    connect(m_play, &QPushButton::clicked, this, &MediaItemEditor::playRequested);
    connect(m_remove, &QPushButton::clicked, this, &MediaItemEditor::removeRequested);
}

void MediaItemEditor::setItem(const MediaItem &item)
{
    m_loading = true;
    m_item = item;
    m_role->setCurrentIndex(m_role->findData(mediaRoleKey(item.role)));
    if (m_alt->text() != item.alt)
        m_alt->setText(item.alt);
    m_decorative->setChecked(item.decorative);
    m_alt->setEnabled(!item.decorative);
    if (m_caption->text() != item.caption)
        m_caption->setText(item.caption);
    const bool clip = item.kind == MediaKind::Video;
    m_play->setVisible(clip);
    // A clip is named as a clip, so a creator describes what it shows.
    setAccessibleName(clip ? tr("Clip details") : tr("Photo details"));
    m_alt->setPlaceholderText(clip ? tr("What the clip shows, for readers who cannot see it")
                                   : tr("What the photo shows, for readers who cannot see it"));
    m_caption->setPlaceholderText(clip ? tr("Shown under the clip in the post")
                                       : tr("Shown under the photo in the post"));

    m_editedMark->setChecked(!item.editedMarkOff);
    if (m_editedReason->text() != item.editedMarkReason)
        m_editedReason->setText(item.editedMarkReason);
    showOrigin();

    QString summary = QFileInfo(item.file).suffix().toUpper();
    if (item.width > 0 && item.height > 0)
        summary += QStringLiteral(" · %1 × %2").arg(item.width).arg(item.height);
    if (item.kind == MediaKind::Video && item.durationMs > 0)
        summary += QStringLiteral(" · ") + formatDuration(item.durationMs);
    m_summary->setText(summary);
    m_loading = false;
}

void MediaItemEditor::apply()
{
    if (m_loading)
        return;
    MediaItem item = m_item;
    if (auto role = mediaRoleFromKey(m_role->currentData().toString()))
        item.role = *role;
    item.alt = m_alt->text();
    item.decorative = m_decorative->isChecked();
    item.caption = m_caption->text();
    if (item.origin.edited) {
        item.editedMarkOff = !m_editedMark->isChecked();
        item.editedMarkReason = m_editedReason->text();
    }
    if (item == m_item)
        return;
    m_item = item;
    emit itemEdited(item);
}

void MediaItemEditor::showOrigin()
{
    const MediaOrigin &origin = m_item.origin;
    const bool photo = m_item.kind == MediaKind::Photo && origin.known;
    m_form->setRowVisible(m_origin, origin.known);
    m_form->setRowVisible(m_editedMark, photo && origin.edited);
    m_form->setRowVisible(m_editedReason, photo && origin.edited && !m_editedMark->isChecked());
    m_origin->setText(originSummary(origin, m_item.kind));
}

QString MediaItemEditor::originSummary(const MediaOrigin &origin, MediaKind kind)
{
    // One line for when and with what, one for the last writer, one for
    // whether it was edited.
    QStringList lines;
    const QLocale locale;
    QString taken = origin.captured.isValid()
        ? tr("Taken %1").arg(locale.toString(origin.captured, QLocale::ShortFormat))
        : tr("No capture time");
    if (!origin.camera.isEmpty())
        taken += QStringLiteral(" · ") + origin.camera;
    lines << taken;
    if (!origin.software.isEmpty())
        lines << tr("Last written by %1").arg(origin.software);
    if (kind == MediaKind::Video) {
        // Whether a clip was edited is not judged.
    } else if (origin.edited) {
        QStringList edits;
        for (const QString &key : origin.edits)
            edits << QCoreApplication::translate("Story", mediaEditSource(key));
        lines << (edits.isEmpty() ? tr("Edited after it was taken")
                                  : tr("Edited: %1").arg(locale.createSeparatedList(edits)));
    } else {
        lines << tr("Not edited, as far as it says");
    }
    return lines.join(u'\n');
}

} // namespace Spill
