#include "core/migration/statementsplitter.h"

#include <sqlite3.h>

namespace tenantdesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int lineAt(const QByteArray &sql, qsizetype offset, qsizetype from, int lineAtFrom)
{
    int line = lineAtFrom;
    for (qsizetype i = from; i < offset; ++i) {
        if (sql.at(i) == '\n')
            ++line;
    }
    return line;
}

} // namespace

qsizetype StatementSplitter::skipSpaceAndComments(const QByteArray &sql, qsizetype from)
{
    const qsizetype size = sql.size();
    qsizetype i = from;
    while (i < size) {
        const char c = sql.at(i);
        if (isSpace(c)) {
            ++i;
        } else if (c == '-' && i + 1 < size && sql.at(i + 1) == '-') {
            const qsizetype end = sql.indexOf('\n', i);
            i = end < 0 ? size : end + 1;
        } else if (c == '/' && i + 1 < size && sql.at(i + 1) == '*') {
            // An unterminated block comment runs to the end, as in SQLite's tokenizer.
            const qsizetype end = sql.indexOf("*/", i + 2);
            i = end < 0 ? size : end + 2;
        } else {
            break;
        }
    }
    return i;
}

bool StatementSplitter::isBlank(const QByteArray &sql)
{
    return skipSpaceAndComments(sql, 0) >= sql.size();
}

QList<SqlStatement> StatementSplitter::split(const QByteArray &sql)
{
    QList<SqlStatement> statements;
    qsizetype start = 0;
    qsizetype lineOffset = 0;
    int line = 1;

    const auto emitPiece = [&](qsizetype end) {
        const qsizetype first = skipSpaceAndComments(sql, start);
        // A lone ';' (or comments then ';') is an empty statement: prepare_v2 skips it too.
        if (first < end && !(first == end - 1 && sql.at(first) == ';')) {
            qsizetype last = end;
            while (last > first && isSpace(sql.at(last - 1)))
                --last;
            line = lineAt(sql, first, lineOffset, line);
            lineOffset = first;
            statements.append({sql.mid(first, last - first), first, line});
        }
        start = end;
    };

    for (qsizetype i = sql.indexOf(';'); i >= 0; i = sql.indexOf(';', i + 1)) {
        // sqlite3_complete() is true once the text ends a whole statement: a ';' inside a
        // string, a comment or a trigger body does not, so the piece keeps growing.
        const QByteArray piece = sql.mid(start, i + 1 - start);
        if (sqlite3_complete(piece.constData()))
            emitPiece(i + 1);
    }
    if (start < sql.size())
        emitPiece(sql.size());
    return statements;
}

} // namespace tenantdesk
