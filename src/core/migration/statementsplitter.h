#pragma once

#include <QByteArray>
#include <QList>

#include <functional>

namespace tenantdesk {

// One SQL statement of a script section, as SQLite itself would delimit it.
struct SqlStatement
{
    QByteArray text;      // UTF-8, from its first token to its ';' (leading comments dropped)
    qsizetype offset = 0; // byte offset of the first token within the section
    int line = 1;         // 1-based line of the first token within the section
};

// Splits SQL into statements without executing it, for counting, previewing and checking.
// Uses sqlite3_complete() so that triggers (BEGIN ... END;), strings, quoted names and
// comments containing ';' split exactly as sqlite3_prepare_v2 and its tail would.
class StatementSplitter
{
public:
    // The statements of sql in order; empty and comment-only pieces are skipped. Linear in
    // the size of sql.
    static QList<SqlStatement> split(const QByteArray &sql);
    // How many statements split() would return, without copying them.
    static int count(const QByteArray &sql);

    // The offset of the first byte at or after `from` that is neither whitespace nor part
    // of a comment (sql.size() when there is none).
    static qsizetype skipSpaceAndComments(const QByteArray &sql, qsizetype from);

    // True when sql holds nothing but whitespace and comments.
    static bool isBlank(const QByteArray &sql);

private:
    // Calls statement(first, last) with the byte range of every statement, in order.
    static void forEach(const QByteArray &sql,
                        const std::function<void(qsizetype, qsizetype)> &statement);
};

} // namespace tenantdesk
