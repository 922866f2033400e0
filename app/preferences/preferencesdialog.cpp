// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "exporttargetspage.h"
#include "preferences/preferences.h"
#include "spellingpage.h"
#include "wordpresssitespage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Spill {

PreferencesDialog::PreferencesDialog(PreferencesStore &preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_spelling = new SpellingPage(preferences);
    m_exportTargets = new ExportTargetsPage(preferences);
    m_pages = new QTabWidget;
    m_pages->addTab(createAppearancePage(), tr("&Appearance"));
    m_pages->addTab(m_spelling, tr("&Spelling"));
    m_pages->addTab(m_exportTargets, tr("E&xport Targets"));
    m_wordPress = new WordPressSitesPage(preferences);
    m_pages->addTab(m_wordPress, tr("Word&Press"));
    m_pages->addTab(createHistoryPage(), tr("&History"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return belongs to the field it is pressed in (a new word is added),
    // not to Close; Escape closes.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    close->setDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 36, line * 26);
}

QWidget *PreferencesDialog::createAppearancePage()
{
    auto *page = new QWidget;
    m_light = new QRadioButton(tr("&Light"));
    m_dark = new QRadioButton(tr("&Dark"));
    m_system = new QRadioButton(tr("Follow the s&ystem"));
    m_appearance = new QButtonGroup(page);
    m_appearance->addButton(m_system, int(Appearance::System));
    m_appearance->addButton(m_light, int(Appearance::Light));
    m_appearance->addButton(m_dark, int(Appearance::Dark));
    m_appearance->button(int(m_preferences.appearance()))->setChecked(true);
    connect(m_appearance, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_preferences.setAppearance(Appearance(id));
    });

    auto *intro = new QLabel(tr("How Spill looks. The change shows at once."));
    intro->setWordWrap(true);
    auto *rule = new QLabel(tr("Following the system, Spill is dark when the desktop's settings "
                               "portal prefers dark, or when the GTK theme is a dark one "
                               "(GTK_THEME ending in \":dark\" or \"-dark\"); otherwise light."));
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_light);
    layout->addWidget(m_dark);
    layout->addWidget(m_system);
    layout->addWidget(rule);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createHistoryPage()
{
    auto *page = new QWidget;
    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("versionInterval"));
    m_interval->setRange(MinimumVersionInterval, MaximumVersionInterval);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(m_preferences.versionInterval());
    m_interval->setAccessibleName(tr("Minutes between versions"));
    connect(m_interval, &QSpinBox::valueChanged, &m_preferences,
            &PreferencesStore::setVersionInterval);

    auto *intro = new QLabel(
        tr("While you write, History keeps a version of the story every so many minutes (none "
           "while you are away), and one whenever the status changes or you save one. From %1 "
           "to %2 minutes; %3 unless you choose otherwise.")
            .arg(MinimumVersionInterval)
            .arg(MaximumVersionInterval)
            .arg(DefaultVersionInterval));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Keep a version e&very:"), m_interval);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

} // namespace Spill
