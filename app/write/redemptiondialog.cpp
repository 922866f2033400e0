// SPDX-License-Identifier: GPL-3.0-or-later
#include "redemptiondialog.h"

#include "async/continuation.h"
#include "library/libraryservice.h"
#include "story/urlpolicy.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Spill {

namespace {

enum StoryData { IdRole = Qt::UserRole + 1, SlugRole, TitleRole, CreatedRole };

} // namespace

RedemptionDialog::RedemptionDialog(LibraryService &service, const Story &story, QWidget *parent)
    : QDialog(parent)
    , m_storyId(story.id)
{
    setWindowTitle(tr("Link Redemption"));
    // Wide enough for a story's title and its date in the list.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *intro = new QLabel(tr("Where did it work out? Both posts will mention each other."));
    intro->setWordWrap(true);

    m_byStory = new QRadioButton(tr("A later &story in this library:"));
    m_stories = new QComboBox;
    m_stories->setObjectName(QStringLiteral("redemptionStory"));
    m_stories->addItem(tr("Loading stories…"));
    m_stories->setEnabled(false);
    m_byUrl = new QRadioButton(tr("A post &elsewhere:"));
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("redemptionUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_problem = new QLabel;
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_on = new QDateEdit(QDate::currentDate());
    m_on->setCalendarPopup(true);
    m_on->setObjectName(QStringLiteral("redeemedOn"));

    const Redemption &current = story.redemption;
    m_byStory->setChecked(current.storyId > 0 || !current.isSet());
    m_byUrl->setChecked(current.storyId == 0 && current.isSet());
    m_url->setText(current.storyId == 0 ? current.url : QString());
    if (current.on.isValid()) {
        m_on->setDate(current.on);
        m_dateTouched = true;
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout;
    form->addRow(m_byStory);
    form->addRow(m_stories);
    form->addRow(m_byUrl);
    form->addRow(m_url);
    form->addRow(m_problem);
    form->addRow(tr("&Redeemed on:"), m_on);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_byStory, &QRadioButton::toggled, this, &RedemptionDialog::update);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_byUrl->setChecked(true);
        update();
    });
    connect(m_on, &QDateEdit::userDateChanged, this, [this] { m_dateTouched = true; });
    connect(m_stories, &QComboBox::currentIndexChanged, this, [this] {
        // The later story's start is when the fail was made good, unless said.
        const QDate created = m_stories->currentData(CreatedRole).toDate();
        if (!m_dateTouched && created.isValid())
            m_on->setDate(created);
        update();
    });

    StoryQuery newest;
    newest.sortBy = StoryQuery::SortBy::Created;
    newest.limit = 0;
    onResult(service.listStories(newest), this,
             [this, current](const LibraryResult<QList<StorySummary>> &result) {
                 m_stories->clear();
                 if (!result.ok()) {
                     m_stories->addItem(tr("The stories could not be read: %1").arg(result.error));
                     update();
                     emit loaded();
                     return;
                 }
                 for (const StorySummary &summary : result.value) {
                     if (summary.id == m_storyId)
                         continue;
                     const QString title =
                         summary.title.isEmpty() ? tr("Untitled story") : summary.title;
                     m_stories->addItem(tr("%1 (%2)").arg(
                         title, QLocale().toString(summary.created.date(), QLocale::ShortFormat)));
                     const int row = m_stories->count() - 1;
                     m_stories->setItemData(row, summary.id, IdRole);
                     m_stories->setItemData(row, summary.slug, SlugRole);
                     m_stories->setItemData(row, summary.title, TitleRole);
                     m_stories->setItemData(row, summary.created.toLocalTime().date(), CreatedRole);
                     if (summary.id == current.storyId)
                         m_stories->setCurrentIndex(row);
                 }
                 m_stories->setEnabled(m_stories->count() > 0);
                 update();
                 emit loaded();
             });
    update();
}

Redemption RedemptionDialog::redemption() const
{
    Redemption redemption;
    if (m_byStory->isChecked()) {
        redemption.storyId = m_stories->currentData(IdRole).toLongLong();
        redemption.story = {redemption.storyId,
                            m_stories->currentData(SlugRole).toString(),
                            m_stories->currentData(TitleRole).toString(),
                            {}};
    } else {
        redemption.url = m_url->text().trimmed();
    }
    redemption.on = m_on->date();
    return redemption;
}

void RedemptionDialog::update()
{
    const bool byStory = m_byStory->isChecked();
    const QString url = m_url->text().trimmed();
    const bool urlOk = !allowedWebUrl(url).isEmpty();
    m_problem->setText(!byStory && !url.isEmpty() && !urlOk
                           ? tr("An address that starts with https:// or http://")
                           : QString());
    const bool ok = byStory ? m_stories->currentData(IdRole).toLongLong() > 0 : urlOk;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Spill
