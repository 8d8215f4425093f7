#include "core/migration/indexequivalence.h"

#include "core/database/database.h"

#include <QList>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace tenantdesk {

namespace {

const QString kName
        = QStringLiteral(R"((?:"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`|[A-Za-z_][A-Za-z0-9_$]*))");

QString unquoted(const QString &name)
{
    if (name.size() >= 2) {
        const QChar first = name.front();
        const QChar last = name.back();
        if ((first == QLatin1Char('"') && last == QLatin1Char('"'))
            || (first == QLatin1Char('`') && last == QLatin1Char('`')))
            return name.mid(1, name.size() - 2).replace(QString(2, first), QString(first));
        if (first == QLatin1Char('[') && last == QLatin1Char(']'))
            return name.mid(1, name.size() - 2);
    }
    return name;
}

// Lower case without spaces or identifier quotes, outside string literals.
QString normalised(const QString &sql)
{
    QString text;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (inString || c == QLatin1Char('\'')) {
            text += c;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')
            || c == QLatin1Char(']'))
            continue;
        text += c.toLower();
    }
    return text;
}

// The terms of an index's column list and its WHERE clause, from CREATE INDEX ... ON t(...).
struct IndexSql
{
    QStringList terms;
    QString where;
};

IndexSql parseIndexSql(const QString &sql)
{
    IndexSql parsed;
    static const QRegularExpression on(
            QStringLiteral(R"(\bON\s+%1(?:\s*\.\s*%1)?\s*\()").arg(kName),
            QRegularExpression::CaseInsensitiveOption);
    const auto match = on.match(sql);
    if (!match.hasMatch())
        return parsed;
    int depth = 1;
    QChar quote;
    QString term;
    qsizetype i = match.capturedEnd();
    for (; i < sql.size() && depth > 0; ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote || (quote == QLatin1Char('[') && c == QLatin1Char(']')))
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')
                   || c == QLatin1Char('[')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0)
                break;
        } else if (c == QLatin1Char(',') && depth == 1) {
            parsed.terms.append(term);
            term.clear();
            continue;
        }
        term += c;
    }
    parsed.terms.append(term);
    // ASC, DESC and COLLATE are compared through index_xinfo; only the expression is kept.
    static const QRegularExpression suffix(QStringLiteral(R"(\s+(?:ASC|DESC|COLLATE\s+\S+)\s*$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (QString &each : parsed.terms) {
        each = each.trimmed();
        while (suffix.match(each).hasMatch())
            each.remove(suffix);
        each = normalised(each);
    }
    static const QRegularExpression where(QStringLiteral(R"(^\s*WHERE\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString rest = sql.mid(i + 1);
    if (where.match(rest).hasMatch())
        parsed.where = normalised(rest.mid(where.match(rest).capturedEnd()));
    return parsed;
}

// One key column of an index as index_xinfo describes it (cid -2: an expression).
struct KeyColumn
{
    int cid = 0;
    QString expression;
    bool descending = false;
    QString collation;

    bool operator==(const KeyColumn &other) const
    {
        return cid == other.cid && expression == other.expression && descending == other.descending
                && collation.compare(other.collation, Qt::CaseInsensitive) == 0;
    }
};

struct IndexShape
{
    QString table;
    bool unique = false;
    bool partial = false;
    QString where;
    QList<KeyColumn> keys;
};

Result<IndexShape> shapeOf(const Database &db, const QString &index)
{
    IndexShape shape;
    auto schema = db.exec(
            QStringLiteral(
                    "SELECT tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND name = ?"),
            {index});
    if (!schema)
        return schema.error();
    if (!schema->next())
        return notFound(QStringLiteral("no index %1").arg(index));
    shape.table = schema->value(0).toString();
    const IndexSql sql = parseIndexSql(schema->value(1).toString());
    shape.where = sql.where;

    auto list = db.exec(
            QStringLiteral("SELECT \"unique\", partial FROM pragma_index_list(?) WHERE name = ?"),
            {shape.table, index});
    if (!list)
        return list.error();
    if (list->next()) {
        shape.unique = list->value(0).toInt() != 0;
        shape.partial = list->value(1).toInt() != 0;
    }
    auto columns = db.exec(QStringLiteral("SELECT seqno, cid, \"desc\", coll FROM "
                                          "pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"),
                           {index});
    if (!columns)
        return columns.error();
    while (columns->next()) {
        KeyColumn key;
        const int seqno = columns->value(0).toInt();
        key.cid = columns->value(1).toInt();
        key.descending = columns->value(2).toInt() != 0;
        key.collation = columns->value(3).toString();
        if (key.cid == -2)
            key.expression = sql.terms.value(seqno);
        shape.keys.append(key);
    }
    return shape;
}

} // namespace

std::optional<QString> IndexEquivalence::uniqueCreatedIfNotExists(const QByteArray &statement)
{
    static const QRegularExpression pattern(
            QStringLiteral(
                    R"(^\s*CREATE\s+UNIQUE\s+INDEX\s+IF\s+NOT\s+EXISTS\s+(?:%1\s*\.\s*)?(%1)\s+ON\s)")
                    .arg(kName),
            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromUtf8(statement));
    if (!match.hasMatch())
        return std::nullopt;
    return unquoted(match.captured(1));
}

Result<bool> IndexEquivalence::exists(const Database &db, const QString &index)
{
    auto found = db.scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ? "
                           "COLLATE NOCASE"),
            {index});
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

Result<std::optional<QString>> IndexEquivalence::coveringIndex(const Database &db,
                                                               const QString &index)
{
    auto shape = shapeOf(db, index);
    if (!shape)
        return shape.error();
    auto others = db.exec(QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE name <> ?"),
                          {shape->table, index});
    if (!others)
        return others.error();
    QStringList names;
    while (others->next())
        names.append(others->value(0).toString());
    for (const QString &other : std::as_const(names)) {
        auto candidate = shapeOf(db, other);
        if (!candidate)
            continue; // unreadable: not one to rely on
        if (candidate->keys == shape->keys && candidate->partial == shape->partial
            && candidate->where == shape->where && (candidate->unique || !shape->unique))
            return std::optional<QString>(other);
    }
    return std::optional<QString>();
}

} // namespace tenantdesk
