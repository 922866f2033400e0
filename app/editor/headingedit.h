// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/beats.h"

#include <QList>
#include <QMetaObject>
#include <QWidget>

class QLineEdit;
class QMenu;
class QToolButton;

namespace Spill {

class StoryDocument;

// The heading readers see above a beat, edited in place: a line in the
// post's heading style, and a menu with other suggestions, the default and
// "No heading". Shows the document's heading in the story's language and
// changes it only through the document, so every change can be undone.
class HeadingEdit : public QWidget
{
    Q_OBJECT

public:
    explicit HeadingEdit(Beat beat, QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *menuButton() const { return m_button; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHeading();
    void fillMenu();

    Beat m_beat;
    StoryDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    bool m_showing = false;
};

} // namespace Spill
