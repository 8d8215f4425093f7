#pragma once

#include "ui_csvimportdialog.h"

#include "core/csv/membershipcsv.h"

#include <QDialog>

class QPushButton;

namespace tenantdesk {

class MembershipImportModel;
class Session;

// Imports memberships from a CSV file (user, workspace slug or empty for tenant-wide, role):
// first a preview of what each row would do (add, change, unchanged, invalid, refused, with
// core's reason), then the import in one transaction, all or nothing (the default) or
// skipping the failing rows, with the outcome of every row. Reading, checking and writing
// run on the worker thread.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Session *session, const QString &tenantId, const QString &tenantName,
                    QWidget *parent = nullptr);

    // Reads the file and shows its preview.
    void loadFile(const QString &path);
    // Imports the previewed file in the chosen mode.
    void runImport();
    void setSkipFailures(bool skip);

    MembershipImportModel *model() const { return m_model; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *summaryLabel() const { return ui.summaryLabel; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // A preview or an import has finished (or failed: the summary says why).
    void previewed();
    void imported(bool applied);

private:
    void browse();
    void setBusy(bool busy);
    QString countsText(const CsvImportReport &report, bool preview) const;

    Ui::CsvImportDialog ui;
    Session *m_session;
    QString m_tenantId;
    MembershipImportModel *m_model;
    QPushButton *m_importButton;
    QByteArray m_content; // the previewed bytes: the import applies exactly those
    bool m_busy = false;
    bool m_done = false;
};

} // namespace tenantdesk
