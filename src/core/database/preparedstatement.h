#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace tenantdesk {

class Database;

// One statement prepared once and run many times with new values: for loops over many rows
// inside one transaction (an import, a batch of changes), where preparing the same SQL again
// for every row would cost more than running it. Lives on the thread that owns the
// connection, and no longer than the Database.
class PreparedStatement
{
public:
    PreparedStatement(const Database &db, QString sql);

    // Runs the statement with every value bound, in order (plain "?" placeholders); the query
    // is positioned before its first row. The statement is prepared on the first run. The
    // returned query is this statement's own: read it before the next run.
    Result<QSqlQuery *> run(const QVariantList &values = {});
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QVariantList &values = {});

    QString sql() const { return m_sql; }

private:
    const Database &m_db;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace tenantdesk
