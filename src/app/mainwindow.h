#pragma once

#include <QMainWindow>

namespace tenantdesk {
class Database;
}

// The application window: assembles docks and views around one open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(tenantdesk::Database &db, QWidget *parent = nullptr);

private:
    void updateTitle();

    tenantdesk::Database &m_db;
};
