#include "core/database/pageanchors.h"

#include "core/database/rowscan.h"

namespace tenantdesk {

Result<PageAnchors> scanPageAnchors(const Database &db, const QString &sql,
                                    const QVariantList &values, int pageSize)
{
    PageAnchors anchors;
    anchors.pageSize = qMax(1, pageSize);
    qint64 count = 0;
    auto scanned = scanRows(db, sql, values, [&](const ScanRow &row) -> Result<void> {
        // Only the last row of a full page becomes a cursor; the others are just counted.
        if (++count % anchors.pageSize != 0)
            return {};
        const int columns = row.columnCount();
        QVariantList cursor;
        cursor.reserve(columns);
        for (int column = 0; column < columns; ++column)
            cursor.append(row.value(column));
        anchors.cursors.append(cursor);
        return {};
    });
    if (!scanned)
        return scanned.error();
    anchors.count = count;
    // A cursor after the very last row starts no page.
    if (count > 0 && count % anchors.pageSize == 0)
        anchors.cursors.removeLast();
    return anchors;
}

} // namespace tenantdesk
