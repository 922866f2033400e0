// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace Spill {

// Free tags as comma-separated text, completing the tag being typed from
// the tags already used in the library.
class TagEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagEdit(QWidget *parent = nullptr);

    QStringList tags() const;
    void setTags(const QStringList &tags);
    void setSuggestions(const QStringList &suggestions);
    QCompleter *tagCompleter() const { return m_completer; }

    // Splits comma-separated text into trimmed tags, dropping empty ones and
    // repeats (ignoring case, keeping the first spelling).
    static QStringList parseTags(const QString &text);

signals:
    // The creator changed the tags, by typing or by picking a suggestion.
    void tagsEdited();

private:
    QString currentFragment() const;
    void updateCompletion();
    void insertCompletion(const QString &tag);

    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
};

} // namespace Spill
