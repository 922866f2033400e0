// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace Spill {

class Sidebar;

// The frame around Spill's three places: Write, Gallery and Export.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Place { Write, Gallery, Export };

    explicit MainWindow(const QString &libraryPath, QWidget *parent = nullptr);

    Place currentPlace() const;
    void showPlace(Place place);
    QString libraryPath() const { return m_libraryPath; }

signals:
    void placeChanged(Spill::MainWindow::Place place);

private:
    void createPlaces();
    void createMenus();
    void showAbout();

    QString m_libraryPath;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace Spill
