#pragma once

#include <QByteArray>
#include <QList>

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
    // The statements of sql in order; empty and comment-only pieces are skipped.
    static QList<SqlStatement> split(const QByteArray &sql);

    // The offset of the first byte at or after `from` that is neither whitespace nor part
    // of a comment (sql.size() when there is none).
    static qsizetype skipSpaceAndComments(const QByteArray &sql, qsizetype from);

    // True when sql holds nothing but whitespace and comments.
    static bool isBlank(const QByteArray &sql);
};

} // namespace tenantdesk
