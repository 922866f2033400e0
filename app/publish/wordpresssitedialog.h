// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences/wordpresssites.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Spill {

// Adds a WordPress site: its address, the user and an application password,
// with "Check Connection" to try them before adding. Says where the
// password is made and where it will be kept.
class WordPressSiteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WordPressSiteDialog(QWidget *parent = nullptr);

    WordPressSiteEntry site() const;
    QString password() const;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *statusLabel() const { return m_status; }

    void accept() override;

signals:
    // A check finished; its sentence is in statusLabel().
    void checked(bool ok);

private:
    // Empty when the fields can be used; otherwise what is wrong with which.
    QString problem() const;
    void check();
    void updateButtons();

    QLineEdit *m_address = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_checks = 0; // a newer check makes an older answer be dropped
};

} // namespace Spill
