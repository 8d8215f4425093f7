#include "mainwindow.h"

#include "core/database.h"

#include <QApplication>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>

MainWindow::MainWindow(tenantdesk::Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                        tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — TenantDesk").arg(QFileInfo(m_db.path()).fileName()));
}
