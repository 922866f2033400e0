// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Spill {

class ChipGroup;
class TagEdit;

// Everything around the beats: title, dish, recipe link, failure kinds,
// tags, outcome and status.
class MetadataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    // Shows the story's fields; emits nothing.
    void setStory(const Story &story);
    // Writes the fields shown here into story, leaving the rest alone.
    void applyTo(Story &story) const;

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

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
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
    bool m_applyingFonts = false;
    bool m_applyingPalettes = false;
};

} // namespace Spill
