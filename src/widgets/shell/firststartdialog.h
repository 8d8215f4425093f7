#pragma once

#include "ui_firststartdialog.h"

#include <QDialog>

class QPushButton;

namespace tenantdesk {

// The first start (no default database yet): says where a new database would go, with its
// full path, and asks before anything is created. The admin may instead open an existing
// database, or cancel, which creates nothing at all.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, Create, OpenExisting };

    explicit FirstStartDialog(const QString &newDatabasePath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The existing database chosen with Open Existing Database….
    QString existingPath() const { return m_existingPath; }

    QPushButton *createButton() const { return m_create; }
    QPushButton *openButton() const { return m_open; }

private:
    void chooseExisting();

    Ui::FirstStartDialog ui;
    QPushButton *m_create = nullptr;
    QPushButton *m_open = nullptr;
    Choice m_choice = Choice::Cancel;
    QString m_existingPath;
};

} // namespace tenantdesk
