#pragma once

#include "models/lists/modelroles.h"

#include "core/csv/membershipcsv.h"

#include <QAbstractTableModel>

namespace tenantdesk {

// The rows of a membership CSV file and what each would do (a preview) or did (after the
// import): line, user, workspace, role, outcome and core's message. The whole report is
// held: a file is read whole anyway, and a row costs a few strings.
class MembershipImportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        UserColumn,
        WorkspaceColumn,
        RoleColumn,
        OutcomeColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { OutcomeRole = ModelRoles::FirstModelRole };

    explicit MembershipImportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CsvImportReport &report() const { return m_report; }
    void setReport(const CsvImportReport &report);
    void clear() { setReport({}); }

private:
    CsvImportReport m_report;
};

} // namespace tenantdesk
