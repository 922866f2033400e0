// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryopener.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Spill {

namespace {

struct LibraryOpenerText
{
    Q_DECLARE_TR_FUNCTIONS(LibraryOpener)
};

} // namespace

LibraryChoice askWithDialogs(QWidget *parent)
{
    LibraryChoice choice;
    choice.tryAnother = [parent](const QString &message) {
        QMessageBox box(QMessageBox::Critical,
                        LibraryOpenerText::tr("Spill cannot open this library"), message,
                        QMessageBox::NoButton, parent);
        QPushButton *choose =
            box.addButton(LibraryOpenerText::tr("Choose Another Folder…"), QMessageBox::AcceptRole);
        box.addButton(LibraryOpenerText::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.exec();
        return box.clickedButton() == choose;
    };
    choice.chooseFolder = [parent] {
        return QFileDialog::getExistingDirectory(
            parent, LibraryOpenerText::tr("Choose a Folder for the Library"), QDir::homePath());
    };
    return choice;
}

std::unique_ptr<Workspace> openLibraryAsking(const QString &folder, const LibraryChoice &ask)
{
    QString tried = folder;
    for (;;) {
        QString error;
        if (std::unique_ptr<Workspace> workspace = Workspace::open(tried, &error))
            return workspace;
        const QString message =
            LibraryOpenerText::tr(
                "%1\n\nNothing in that folder was changed. Choose another folder for the "
                "library (an empty one starts a new library), or quit and free some space "
                "or fix the folder's permissions first.")
                .arg(error);
        if (!ask.tryAnother(message))
            return nullptr;
        // Choosing none asks again, with the same reason.
        if (const QString chosen = ask.chooseFolder(); !chosen.isEmpty())
            tried = QDir(chosen).absolutePath();
    }
}

} // namespace Spill
