// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpresssitedialog.h"

#include "sitecheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Spill {

WordPressSiteDialog::WordPressSiteDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add WordPress Site"));
    m_address = new QLineEdit;
    m_address->setPlaceholderText(tr("https://example.com"));
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("xxxx xxxx xxxx xxxx xxxx xxxx"));

    auto *help = new QLabel(
        tr("Make an application password in WordPress under Users > Profile > Application "
           "Passwords. Spill keeps it in the system keyring, never in its own files."));
    help->setWordWrap(true);

    m_check = new QPushButton(tr("&Check Connection"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Site"));

    auto *form = new QFormLayout;
    form->addRow(tr("Add&ress:"), m_address);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Application &password:"), m_password);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check, 0, Qt::AlignTop);
    checkRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addLayout(checkRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_check, &QPushButton::clicked, this, &WordPressSiteDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WordPressSiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_address, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &WordPressSiteDialog::updateButtons);
    updateButtons();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

WordPressSiteEntry WordPressSiteDialog::site() const
{
    QString address = m_address->text().trimmed();
    if (!address.isEmpty() && !address.contains(QLatin1StringView("://")))
        address.prepend(QLatin1StringView("https://"));
    return {address, m_user->text().trimmed()};
}

QString WordPressSiteDialog::password() const
{
    return m_password->text().trimmed();
}

QString WordPressSiteDialog::problem() const
{
    const WordPressSiteEntry entry = site();
    const QUrl url(entry.address, QUrl::StrictMode);
    if (entry.address.isEmpty())
        return tr("Type the site's address.");
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http")))
        return tr("“%1” is not a website address (http or https).").arg(entry.address);
    if (entry.user.isEmpty())
        return tr("Type your WordPress user name.");
    if (password().isEmpty())
        return tr("Paste the application password.");
    return {};
}

void WordPressSiteDialog::updateButtons()
{
    const bool usable = problem().isEmpty();
    m_check->setEnabled(usable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
}

void WordPressSiteDialog::check()
{
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        m_status->setText(wrong);
        return;
    }
    const int generation = ++m_checks;
    m_status->setText(tr("Checking…"));
    checkSiteConnection(this, site(), password(),
                        [this, generation](bool ok, const QString &message) {
                            if (generation != m_checks)
                                return;
                            m_status->setText(message);
                            emit checked(ok);
                        });
}

void WordPressSiteDialog::accept()
{
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        m_status->setText(wrong);
        return;
    }
    QDialog::accept();
}

} // namespace Spill
