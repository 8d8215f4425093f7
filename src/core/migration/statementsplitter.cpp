#include "core/migration/statementsplitter.h"

namespace tenantdesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isIdentifierChar(char c)
{
    // sqlite3CtypeMap's 0x46: letters, digits, '_', '$' and every byte of a multi-byte
    // UTF-8 character.
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '$' || u >= 0x80;
}

bool keywordIs(const QByteArray &sql, qsizetype at, qsizetype length, const char *keyword)
{
    return qstrlen(keyword) == size_t(length)
            && qstrnicmp(sql.constData() + at, keyword, length) == 0;
}

// sqlite3_complete() (SQLite's complete.c) as a machine fed one token at a time, so that one
// pass over a script finds every end of statement. Its tokens and transitions are SQLite's.
class CompletionScanner
{
public:
    // Reads the token at `at` and returns the offset after it.
    qsizetype feed(const QByteArray &sql, qsizetype at)
    {
        const qsizetype size = sql.size();
        const char c = sql.at(at);
        Token token = Other;
        qsizetype next = at + 1;
        if (m_unterminated) {
            // After an unterminated string or comment nothing ends a statement any more, as
            // sqlite3_complete() answers false for every longer piece.
            m_ended = false;
            return size;
        }
        switch (c) {
        case ';':
            token = Semi;
            break;
        case ' ':
        case '\r':
        case '\t':
        case '\n':
        case '\f':
            token = Space;
            break;
        case '/':
            if (at + 1 < size && sql.at(at + 1) == '*') {
                const qsizetype end = sql.indexOf("*/", at + 2);
                if (end < 0)
                    return unterminated(size);
                next = end + 2;
                token = Space;
            }
            break;
        case '-':
            if (at + 1 < size && sql.at(at + 1) == '-') {
                const qsizetype end = sql.indexOf('\n', at + 2);
                next = end < 0 ? size : end + 1;
                token = Space;
            }
            break;
        case '[': {
            const qsizetype end = sql.indexOf(']', at + 1);
            if (end < 0)
                return unterminated(size);
            next = end + 1;
            break;
        }
        case '`':
        case '"':
        case '\'': {
            const qsizetype end = sql.indexOf(c, at + 1);
            if (end < 0)
                return unterminated(size);
            next = end + 1;
            break;
        }
        default:
            if (isIdentifierChar(c)) {
                while (next < size && isIdentifierChar(sql.at(next)))
                    ++next;
                const qsizetype length = next - at;
                if (keywordIs(sql, at, length, "create"))
                    token = Create;
                else if (keywordIs(sql, at, length, "trigger"))
                    token = Trigger;
                else if (keywordIs(sql, at, length, "temp")
                         || keywordIs(sql, at, length, "temporary"))
                    token = Temp;
                else if (keywordIs(sql, at, length, "end"))
                    token = End;
                else if (keywordIs(sql, at, length, "explain"))
                    token = Explain;
            }
            break;
        }
        m_state = kTransitions[m_state][token];
        m_ended = token == Semi && m_state == Start;
        return next;
    }

    // True when the token just fed was a ';' that ends a whole statement.
    bool endsStatement() const { return m_ended; }

private:
    enum Token { Semi, Space, Other, Explain, Create, Temp, Trigger, End };
    enum State {
        Invalid,
        Start,
        Normal,
        ExplainState,
        CreateState,
        TriggerState,
        SemiState,
        EndState
    };
    // complete.c's trans[8][8]: rows are states, columns tokens.
    static constexpr unsigned char kTransitions[8][8] = {
            /* Invalid */ {1, 0, 2, 3, 4, 2, 2, 2},
            /* Start   */ {1, 1, 2, 3, 4, 2, 2, 2},
            /* Normal  */ {1, 2, 2, 2, 2, 2, 2, 2},
            /* Explain */ {1, 3, 3, 2, 4, 2, 2, 2},
            /* Create  */ {1, 4, 2, 2, 2, 4, 5, 2},
            /* Trigger */ {6, 5, 5, 5, 5, 5, 5, 5},
            /* Semi    */ {6, 6, 5, 5, 5, 5, 5, 7},
            /* End     */ {1, 7, 5, 5, 5, 5, 5, 5},
    };

    qsizetype unterminated(qsizetype size)
    {
        m_unterminated = true;
        m_ended = false;
        return size;
    }

    unsigned char m_state = Invalid;
    bool m_ended = false;
    bool m_unterminated = false;
};

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

void StatementSplitter::forEach(const QByteArray &sql,
                                const std::function<void(qsizetype, qsizetype)> &statement)
{
    qsizetype start = 0;
    const auto emitPiece = [&](qsizetype end) {
        const qsizetype first = skipSpaceAndComments(sql, start);
        // A lone ';' (or comments then ';') is an empty statement: prepare_v2 skips it too.
        if (first < end && !(first == end - 1 && sql.at(first) == ';')) {
            qsizetype last = end;
            while (last > first && isSpace(sql.at(last - 1)))
                --last;
            statement(first, last);
        }
        start = end;
    };

    // One pass of sqlite3_complete()'s state machine over the whole text: a statement ends at
    // every ';' after which the machine is back at its start. Asking sqlite3_complete() about
    // each growing piece instead costs the square of the script's size.
    CompletionScanner scanner;
    const qsizetype size = sql.size();
    for (qsizetype i = 0; i < size;) {
        const qsizetype next = scanner.feed(sql, i);
        if (scanner.endsStatement())
            emitPiece(next);
        i = next;
    }
    if (start < size)
        emitPiece(size);
}

QList<SqlStatement> StatementSplitter::split(const QByteArray &sql)
{
    QList<SqlStatement> statements;
    qsizetype lineOffset = 0;
    int line = 1;
    forEach(sql, [&](qsizetype first, qsizetype last) {
        line = lineAt(sql, first, lineOffset, line);
        lineOffset = first;
        statements.append({sql.mid(first, last - first), first, line});
    });
    return statements;
}

int StatementSplitter::count(const QByteArray &sql)
{
    int count = 0;
    forEach(sql, [&count](qsizetype, qsizetype) { ++count; });
    return count;
}

} // namespace tenantdesk
