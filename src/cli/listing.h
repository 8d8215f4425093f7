#pragma once

#include "cli/orderedjson.h"
#include "cli/output.h"

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QTextStream;

namespace tenantdesk::cli {

class CliContext;

// The one paging loop of tenantctl's list commands. Asks fetch(size, after) for the page after
// the row `after` (nullptr for the first page) until a short page or `limit` rows, and hands
// each page to sink as it arrives: a list of any length goes out in constant memory. The
// fetch closure turns `after` into its list's keyset cursor. Returns the number of rows.
template<typename Row>
Result<qint64>
forEachPage(qint64 limit, int pageSize,
            const std::function<Result<QList<Row>>(int size, const Row *after)> &fetch,
            const std::function<void(const QList<Row> &page)> &sink)
{
    qint64 seen = 0;
    std::optional<Row> last;
    while (seen < limit) {
        const int size = int(qMin<qint64>(pageSize, limit - seen));
        auto page = fetch(size, last ? &*last : nullptr);
        if (!page)
            return page.error();
        seen += page->size();
        if (!page->isEmpty()) {
            sink(*page);
            last = page->last();
        }
        if (page->size() < size)
            break;
    }
    return seen;
}

// Writes {HEAD..., "KEY": [row, ...], "count": N} row by row. The text is valid JSON once
// finish() wrote the end; before that (a failure part-way) it is deliberately left
// unterminated, so that a script never mistakes half a list for the whole.
class JsonListWriter
{
public:
    JsonListWriter(QTextStream &out, const QString &key, OrderedJsonObject head = {});

    void add(const QJsonObject &row);
    void add(const OrderedJsonObject &row);
    void finish(qint64 count);

private:
    void start();
    void addEncoded(const QByteArray &row);

    QTextStream &m_out;
    QString m_key;
    OrderedJsonObject m_head;
    bool m_started = false;
    bool m_empty = true;
};

// Prints a list command's rows as the pages arrive: a table (TablePrinter), or with --json a
// JsonListWriter. Rows are turned into cells or JSON only as the output needs them.
class ListPrinter
{
public:
    ListPrinter(CliContext &context, const QString &jsonKey, const QStringList &header,
                OrderedJsonObject jsonHead = {});

    // Printed instead of the table when there are no rows (default: the header alone).
    void setEmptyText(const QString &text) { m_emptyText = text; }

    // A page sink for forEachPage: cells(row) gives the table cells, json(row) the object.
    template<typename Row, typename Cells, typename Json>
    std::function<void(const QList<Row> &)> sink(Cells cells, Json json)
    {
        return [this, cells, json](const QList<Row> &page) {
            if (m_json) {
                for (const Row &row : page)
                    m_json->add(json(row));
                return;
            }
            QList<QStringList> rows;
            rows.reserve(page.size());
            for (const Row &row : page)
                rows.append(cells(row));
            m_table->print(rows);
            m_rows += rows.size();
        };
    }

    // Ends the output after `count` rows.
    void finish(qint64 count);

private:
    QTextStream &m_out;
    std::optional<JsonListWriter> m_json;
    std::optional<TablePrinter> m_table;
    QString m_emptyText;
    qint64 m_rows = 0;
};

} // namespace tenantdesk::cli
