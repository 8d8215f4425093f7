#include "models/lists/namedrowcolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tenantdesk::NamedRowColumns {

namespace {

struct NamedRowColumns
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::NamedRowColumns)
};

} // namespace

QVariant cellData(int column, int role, const QString &name, const QString &slug,
                  qint64 createdAtMs)
{
    if (role == Qt::EditRole && column == Created)
        return createdAtMs;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Name:
        return name;
    case Slug:
        return slug;
    case Created:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(createdAtMs),
                                  QLocale::ShortFormat);
    }
    return {};
}

QVariant headerData(int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return NamedRowColumns::tr("Name");
    case Slug:
        return NamedRowColumns::tr("Slug");
    case Created:
        return NamedRowColumns::tr("Created");
    }
    return {};
}

ListQuery::SortKey sortKey(int column)
{
    switch (column) {
    case Slug:
        return ListQuery::SortKey::Slug;
    case Created:
        return ListQuery::SortKey::CreatedAt;
    default:
        return ListQuery::SortKey::Name;
    }
}

} // namespace tenantdesk::NamedRowColumns
