// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyfileopener.h"

#include "async/backgroundpool.h"
#include "async/continuation.h"
#include "library/library.h"
#include "library/libraryservice.h"
#include "media/mediastore.h"
#include "publishing/storyfileimport.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace Spill {

namespace {

struct Peeked
{
    std::optional<Story> story;
    QString error;
};

} // namespace

StoryFileOpener::StoryFileOpener(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

void StoryFileOpener::open(const QStringList &files)
{
    m_pending.append(files);
    if (!m_busy)
        next();
}

void StoryFileOpener::next()
{
    if (m_pending.isEmpty()) {
        m_busy = false;
        emit finished();
        return;
    }
    m_busy = true;
    const QString file = QFileInfo(m_pending.takeFirst()).absoluteFilePath();
    onResult(QtConcurrent::run(backgroundPool(),
                               [file] {
                                   Peeked peeked;
                                   peeked.story = peekStoryFile(file, &peeked.error);
                                   return peeked;
                               }),
             this, [this, file](const Peeked &peeked) {
                 if (!peeked.story) {
                     say(tr("This file cannot be imported."), peeked.error);
                     return;
                 }
                 if (m_workspace.isReadOnly()) {
                     say(tr("\"%1\" cannot be imported: this library is open read-only.")
                             .arg(peeked.story->title),
                         m_workspace.readOnlyMessage());
                     return;
                 }
                 ask(file, *peeked.story);
             });
}

void StoryFileOpener::ask(const QString &file, const Story &story)
{
    const QString title = story.title.trimmed().isEmpty() ? tr("Untitled story") : story.title;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import a Story"),
                                tr("Import \"%1\" into your library?").arg(title),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString from = QDir::toNativeSeparators(file);
    box->setInformativeText(story.media.isEmpty()
                                ? tr("From %1. The file itself is left as it is.").arg(from)
                                : tr("From %1. Its photos and clips are copied into the "
                                     "library; the file itself is left as it is.")
                                      .arg(from));
    QPushButton *importButton = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(importButton);
    connect(box, &QMessageBox::finished, this, [this, box, importButton, file, title] {
        if (box->clickedButton() == importButton)
            import(file, title);
        else
            next();
    });
    m_shown = box;
    box->open();
}

void StoryFileOpener::import(const QString &file, const QString &title)
{
    const MediaStore store = m_workspace.mediaStore();
    struct Outcome
    {
        qint64 id = 0;
        QString note;
    };
    onResult(
        m_workspace.service().call<Outcome>(
            [file, store](Library &library, LibraryChanges &changes) -> LibraryResult<Outcome> {
                // Stories added to a damaged file could be lost with it.
                if (!library.quickCheck())
                    return {{}, library.lastError()};
                StoryFileImport importer(file, store, library);
                const std::optional<Story> stored = importer.run();
                if (!stored)
                    return {{}, importer.error()};
                changes.changed.append(stored->id);
                return {Outcome {stored->id, importer.notes().join(u' ')}, {}};
            }),
        this, [this, title](const LibraryResult<Outcome> &result) {
            if (!result.ok()) {
                say(tr("\"%1\" was not imported; nothing of it was kept.").arg(title),
                    result.error);
                return;
            }
            emit imported(result.value.id, title, result.value.note);
            next();
        });
}

void StoryFileOpener::say(const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import a Story"), text, QMessageBox::Ok,
                                m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    connect(box, &QMessageBox::finished, this, &StoryFileOpener::next);
    m_shown = box;
    box->open();
}

} // namespace Spill
