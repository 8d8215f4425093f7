#include "core/database/preparedstatement.h"

#include "core/database/database.h"

#include <QSqlError>

namespace tenantdesk {

PreparedStatement::PreparedStatement(const Database &db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{ }

Result<QSqlQuery *> PreparedStatement::run(const QVariantList &values)
{
    if (!m_prepared) {
        m_query = QSqlQuery(m_db.connection());
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_sql))
            return m_db.errorFrom(m_query.lastError());
        m_prepared = true;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return m_db.errorFrom(m_query.lastError());
    return &m_query;
}

Result<QVariant> PreparedStatement::scalar(const QVariantList &values)
{
    auto query = run(values);
    if (!query)
        return query.error();
    QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
    (*query)->finish(); // ends the read, so the statement holds no lock until its next run
    return value;
}

} // namespace tenantdesk
