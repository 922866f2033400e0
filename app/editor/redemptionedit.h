// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Spill {

// Redemption, under the lesson: whether this fail was made good ("Redeemed
// by “Soufflé, take two” on 1 Dec 2026", or by a post elsewhere), with Link
// Redemption… and Unlink, and which earlier fails this story redeems. A view
// of the story document; choosing the redemption is the Write place's (it
// lists the library's stories), asked for with linkRequested().
class RedemptionEdit : public QWidget
{
    Q_OBJECT

public:
    explicit RedemptionEdit(QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);
    void setReadOnly(bool readOnly);

    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }

    // "Redeemed by “Soufflé, take two” on 1 Dec 2026."; empty when not redeemed.
    static QString summary(const Story &story);

signals:
    void linkRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRedemption();

    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    bool m_readOnly = false;
};

} // namespace Spill
