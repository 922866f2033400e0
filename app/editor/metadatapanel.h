// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"
#include "story/story.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Spill {

class ChipGroup;
class TagEdit;

// Everything around the beats: title, dish, recipe link, failure kinds,
// tags, outcome and status. A view of the story document: it shows the
// document's fields and hands every edit to it.
class MetadataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    // Shows the document's fields and follows it from now on (null: none).
    void setDocument(StoryDocument *document);

    void setTagSuggestions(const QStringList &tags);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *dishEdit() const { return m_dish; }
    QLineEdit *recipeUrlEdit() const { return m_recipeUrl; }
    ChipGroup *chips() const { return m_chips; }
    TagEdit *tagEdit() const { return m_tags; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *publishedUrlEdit() const { return m_publishedUrl; }
    // The message under the recipe link when it is not a web address; empty
    // when the link is fine.
    QString recipeUrlProblem() const;

    // The panel's controls in the order Tab walks them.
    QList<QWidget *> focusChain() const;

    // True for an empty text or an http(s) address with a host.
    static bool isWebAddress(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showStory(const Story &story);
    void showField(StoryField field);
    void validateUrl(QLineEdit *edit, QLabel *problem);
    void updatePublishedRow();
    void applyFonts();
    void applyFieldPalettes();

    QLineEdit *m_title = nullptr;
    QLineEdit *m_dish = nullptr;
    QLineEdit *m_recipeUrl = nullptr;
    QLabel *m_recipeProblem = nullptr;
    ChipGroup *m_chips = nullptr;
    TagEdit *m_tags = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_publishedUrl = nullptr;
    QLabel *m_publishedProblem = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_publishedField = nullptr;
    QPointer<StoryDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    bool m_showing = false; // fields are being set from the document
    bool m_applyingFonts = false;
    bool m_applyingPalettes = false;
};

} // namespace Spill
