#include "core/migration/scriptvalidator.h"

#include "core/migration/statementsplitter.h"

#include <QCoreApplication>

namespace tenantdesk {

namespace {

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '$' || (static_cast<unsigned char>(c) & 0x80);
}

// Reads one name at `pos` (bare, "quoted", `quoted`, [quoted] or 'quoted') and moves past it.
QByteArray readName(const QByteArray &sql, qsizetype &pos)
{
    pos = StatementSplitter::skipSpaceAndComments(sql, pos);
    if (pos >= sql.size())
        return {};
    const char open = sql.at(pos);
    const char close = open == '[' ? ']' : open;
    if (open == '"' || open == '`' || open == '\'' || open == '[') {
        const qsizetype end = sql.indexOf(close, pos + 1);
        if (end < 0)
            return {};
        const QByteArray name = sql.mid(pos + 1, end - pos - 1);
        pos = end + 1;
        return name;
    }
    const qsizetype begin = pos;
    while (pos < sql.size() && isIdentifierChar(sql.at(pos)))
        ++pos;
    return sql.mid(begin, pos - begin);
}

QByteArray firstKeyword(const QByteArray &statement)
{
    qsizetype pos = 0;
    return readName(statement, pos).toUpper();
}

// The pragma's name without its schema prefix ("main.foreign_keys" -> "foreign_keys").
QByteArray pragmaName(const QByteArray &statement)
{
    qsizetype pos = 0;
    readName(statement, pos); // PRAGMA
    QByteArray name = readName(statement, pos);
    pos = StatementSplitter::skipSpaceAndComments(statement, pos);
    if (pos < statement.size() && statement.at(pos) == '.') {
        ++pos;
        name = readName(statement, pos);
    }
    return name.toLower();
}

} // namespace

ScriptValidator::Problem ScriptValidator::problemOf(const QByteArray &statement)
{
    const QByteArray keyword = firstKeyword(statement);
    if (keyword == "BEGIN" || keyword == "COMMIT" || keyword == "END" || keyword == "ROLLBACK"
        || keyword == "SAVEPOINT" || keyword == "RELEASE")
        return Problem::TransactionControl;
    if (keyword == "ATTACH" || keyword == "DETACH")
        return Problem::AttachDatabase;
    if (keyword == "PRAGMA") {
        const QByteArray name = pragmaName(statement);
        if (name == "foreign_keys")
            return Problem::ForeignKeysPragma;
        if (name == "journal_mode" || name == "synchronous")
            return Problem::ConnectionPragma;
    }
    return Problem::None;
}

Result<void> ScriptValidator::check(const MigrationScript &script, MigrationDirection direction)
{
    const QList<SqlStatement> statements = StatementSplitter::split(script.sql(direction));
    for (int i = 0; i < statements.size(); ++i) {
        const SqlStatement &statement = statements.at(i);
        const Problem problem = problemOf(statement.text);
        if (problem != Problem::None)
            return invalidInput(describe(problem, script.describe(direction), i + 1,
                                         script.firstLine(direction) + statement.line - 1,
                                         statement.text));
    }
    return {};
}

QString ScriptValidator::describe(Problem problem, const QString &where, int number, int line,
                                  const QByteArray &statement)
{
    const QString at = tr("%1, statement %2 (line %3)").arg(where).arg(number).arg(line);
    switch (problem) {
    case Problem::TransactionControl:
        return tr("%1: scripts must not manage transactions themselves (found %2); each "
                  "migration already runs in its own transaction, so it applies whole or not "
                  "at all.")
                .arg(at, QString::fromUtf8(firstKeyword(statement)));
    case Problem::ForeignKeysPragma:
        return tr("%1: PRAGMA foreign_keys does nothing inside a transaction, and every "
                  "migration runs in one; for a table rebuild, put the line \"%2\" in the "
                  "script instead.")
                .arg(at, MigrationScript::foreignKeysOffDirective());
    case Problem::ConnectionPragma:
        return tr("%1: PRAGMA %2 cannot change inside a transaction, and every migration runs "
                  "in one; remove it from the script.")
                .arg(at, QString::fromUtf8(pragmaName(statement)));
    case Problem::AttachDatabase:
        return tr("%1: scripts may not attach other database files (found %2); a migration "
                  "changes this database only, and its dry run must not write anywhere else.")
                .arg(at, QString::fromUtf8(firstKeyword(statement)));
    case Problem::None:
        break;
    }
    return {};
}

} // namespace tenantdesk
