// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttargetspage.h"

#include "preferences/preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Spill {

namespace {

// The Export place's names for its formats.
QString formatName(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } names[] = {
        {"markdown", QT_TRANSLATE_NOOP("Spill::ExportPlace", "Markdown")},
        {"hugo", QT_TRANSLATE_NOOP("Spill::ExportPlace", "Hugo")},
        {"jekyll", QT_TRANSLATE_NOOP("Spill::ExportPlace", "Jekyll")},
        {"html", QT_TRANSLATE_NOOP("Spill::ExportPlace", "HTML folder")},
        {"html-single", QT_TRANSLATE_NOOP("Spill::ExportPlace", "Single HTML file")},
        {"json", QT_TRANSLATE_NOOP("Spill::ExportPlace", "Spill stories (JSON)")},
    };
    for (const auto &name : names)
        if (key == QLatin1StringView(name.key))
            return QCoreApplication::translate("Spill::ExportPlace", name.label);
    return key;
}

QString folderName(const QString &folder)
{
    return folder.isEmpty() ? ExportTargetsPage::tr("(no folder)")
                            : QDir::toNativeSeparators(folder);
}

} // namespace

ExportTargetsPage::ExportTargetsPage(PreferencesStore &preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    m_last = new QLabel;
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forgetLast = new QPushButton(tr("Forget Last Targ&et"));
    m_forgetLast->setToolTip(tr("Export opens on Markdown, the default theme and no folder"));
    connect(m_forgetLast, &QPushButton::clicked, &m_preferences,
            &PreferencesStore::forgetLastExportTarget);

    m_targets = new QTreeWidget;
    m_targets->setObjectName(QStringLiteral("exportTargets"));
    m_targets->setRootIsDecorated(false);
    m_targets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_targets->setHeaderLabels({tr("Format"), tr("Folder"), tr("Comments")});
    m_targets->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_targets->header()->setStretchLastSection(false);
    m_forget = new QPushButton(tr("&Forget"));
    m_forget->setEnabled(false);
    connect(m_targets, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_forget->setEnabled(!m_targets->selectedItems().isEmpty()); });
    connect(m_forget, &QPushButton::clicked, this, &ExportTargetsPage::forgetSelected);

    auto *lastRow = new QHBoxLayout;
    lastRow->addWidget(m_last, 1);
    lastRow->addWidget(m_forgetLast, 0, Qt::AlignTop);
    auto *listLabel = new QLabel(tr("Re&membered for each format and folder:"));
    listLabel->setBuddy(m_targets);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_targets, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_forget);
    side->addStretch(1);
    listRow->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lastRow);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);

    connect(&m_preferences, &PreferencesStore::exportTargetsChanged, this,
            &ExportTargetsPage::showTargets);
    showTargets();
}

void ExportTargetsPage::showTargets()
{
    const LastExportTarget last = m_preferences.lastExportTarget();
    if (last.isEmpty()) {
        m_last->setText(tr("Export opens on Markdown, with no folder chosen."));
    } else {
        m_last->setText(tr("Export opens on %1, theme “%2”, into %3.")
                            .arg(formatName(last.formatKey.isEmpty() ? QStringLiteral("markdown")
                                                                     : last.formatKey),
                                 last.theme.isEmpty() ? tr("default") : last.theme,
                                 folderName(last.folder)));
    }
    m_forgetLast->setEnabled(!last.isEmpty());

    m_targets->clear();
    for (const RememberedExportTarget &target : m_preferences.exportTargets()) {
        auto *item =
            new QTreeWidgetItem(m_targets,
                                {formatName(target.formatKey), folderName(target.folder),
                                 target.comments ? tr("Invites comments") : tr("No comments")});
        item->setData(0, Qt::UserRole, target.formatKey);
        item->setData(1, Qt::UserRole, target.folder);
        item->setData(2, Qt::UserRole, target.comments);
    }
    m_targets->resizeColumnToContents(0);
    m_targets->resizeColumnToContents(2);
    m_forget->setEnabled(false);
}

void ExportTargetsPage::forgetSelected()
{
    QList<RememberedExportTarget> targets;
    for (const QTreeWidgetItem *item : m_targets->selectedItems())
        targets.append({item->data(0, Qt::UserRole).toString(),
                        item->data(1, Qt::UserRole).toString(),
                        item->data(2, Qt::UserRole).toBool()});
    for (const RememberedExportTarget &target : targets)
        m_preferences.forgetExportTarget(target);
}

} // namespace Spill
