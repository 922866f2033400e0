// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for Spill's start-up budget: a bare Qt 6 main window holding a
// text editor, started and shown the same way Spill is.
#include <QApplication>
#include <QMainWindow>
#include <QTextEdit>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QTextEdit);
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
