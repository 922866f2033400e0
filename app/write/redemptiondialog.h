// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Spill {

class LibraryService;

// Links a fail to what redeemed it: a later story in the library (listed
// through the library service, newest first, the story itself left out) or
// a post published elsewhere, and the day it was redeemed (the later
// story's start, or today, unless changed). OK only with a choice that
// holds: a story picked, or an http(s) address.
class RedemptionDialog : public QDialog
{
    Q_OBJECT

public:
    RedemptionDialog(LibraryService &service, const Story &story, QWidget *parent = nullptr);

    Redemption redemption() const;

    QComboBox *storyBox() const { return m_stories; }
    QRadioButton *storyChoice() const { return m_byStory; }
    QRadioButton *urlChoice() const { return m_byUrl; }
    QLineEdit *urlEdit() const { return m_url; }
    QDateEdit *dateEdit() const { return m_on; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // The library's stories arrived.
    void loaded();

private:
    void update();

    qint64 m_storyId = 0;
    QRadioButton *m_byStory = nullptr;
    QComboBox *m_stories = nullptr;
    QRadioButton *m_byUrl = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_problem = nullptr;
    QDateEdit *m_on = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_dateTouched = false;
};

} // namespace Spill
