#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace tenantdesk {

class Database;

// Where the pages of a keyset-paged list begin, from one scan of its keys: the number of
// rows, and for every page after the first the keyset cursor of the row before it (the last
// row of the page above), which is what a list call's `after` takes. With them, page k of a
// million rows is one indexed seek (`WHERE key > cursor(k) ... LIMIT pageSize`) instead of
// k pages read in turn.
struct PageAnchors
{
    qint64 count = 0;
    int pageSize = 256;
    // cursors[k - 1] starts page k (k >= 1); page 0 starts at the beginning.
    QList<QVariantList> cursors;

    int pageCount() const { return pageSize > 0 ? int((count + pageSize - 1) / pageSize) : 0; }
    // The `after` cursor of page k: empty for the first page.
    QVariantList after(int page) const
    {
        return page <= 0 ? QVariantList() : cursors.value(page - 1);
    }
};

// Runs `sql`, which must select exactly the key columns of a list (the cursor's values, in
// the list's order), and keeps the number of rows and the keys of every pageSize-th row. The
// rows are stepped with SQLite's own statement API: keys are only converted where a page
// ends, so a million rows cost one index scan and no allocation per row. Never call it on the
// GUI thread: at 1,000,000 rows it takes tens of milliseconds.
Result<PageAnchors> scanPageAnchors(const Database &db, const QString &sql,
                                    const QVariantList &values, int pageSize);

} // namespace tenantdesk
