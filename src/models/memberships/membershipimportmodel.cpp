#include "models/memberships/membershipimportmodel.h"

#include <QBrush>
#include <QColor>

namespace tenantdesk {

namespace {

QColor outcomeColor(CsvImportRow::Outcome outcome)
{
    switch (outcome) {
    case CsvImportRow::Outcome::Add:
        return QColor(0x1e, 0x84, 0x49);
    case CsvImportRow::Outcome::Change:
        return QColor(0x1f, 0x5f, 0xa8);
    case CsvImportRow::Outcome::Unchanged:
    case CsvImportRow::Outcome::Skipped:
        return QColor(0x6c, 0x75, 0x7d);
    case CsvImportRow::Outcome::Invalid:
    case CsvImportRow::Outcome::Refused:
        break;
    }
    return QColor(0xc0, 0x39, 0x2b);
}

} // namespace

MembershipImportModel::MembershipImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int MembershipImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int MembershipImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvImportRow &row = m_report.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case UserColumn:
            return row.user;
        case WorkspaceColumn:
            return row.workspaceSlug.isEmpty() ? tr("(tenant-wide)") : row.workspaceSlug;
        case RoleColumn:
            return row.role;
        case OutcomeColumn:
            return MembershipCsv::outcomeName(row.outcome);
        case MessageColumn:
            return row.message;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn)
            return QBrush(outcomeColor(row.outcome));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OutcomeRole:
        return int(row.outcome);
    }
    return {};
}

QVariant MembershipImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case WorkspaceColumn:
        return tr("Workspace");
    case RoleColumn:
        return tr("Role");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void MembershipImportModel::setReport(const CsvImportReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

} // namespace tenantdesk
