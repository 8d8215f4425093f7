#pragma once

#include "core/tenancy/tenancytypes.h"

#include <QString>
#include <QVariant>

namespace tenantdesk::NamedRowColumns {

// The columns tenants and workspaces share: name, slug, creation time.
enum Column { Name, Slug, Created, Count };

// Display, tool tip and edit (sort) data of one cell; an invalid QVariant for other roles.
QVariant cellData(int column, int role, const QString &name, const QString &slug,
                  qint64 createdAtMs);
QVariant headerData(int section, Qt::Orientation orientation, int role);
// The SQL order that a click on the column header asks for.
ListQuery::SortKey sortKey(int column);

} // namespace tenantdesk::NamedRowColumns
