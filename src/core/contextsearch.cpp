#include "contextsearch.h"

#include "database.h"
#include "tenancysql.h"

#include <QSqlQuery>

#include <algorithm>

namespace tenantdesk {

using namespace tenancy;

namespace {

// How well a name or slug matches what was typed: exact, prefix, anywhere.
int matchScore(const QString &text, const QString &name, const QString &slug)
{
    if (text.isEmpty())
        return 2;
    if (name.compare(text, Qt::CaseInsensitive) == 0
        || slug.compare(text, Qt::CaseInsensitive) == 0)
        return 0;
    if (name.startsWith(text, Qt::CaseInsensitive) || slug.startsWith(text, Qt::CaseInsensitive))
        return 1;
    return 2;
}

QString matchSql(const QString &text, const QString &alias, QVariantList &values)
{
    if (text.isEmpty())
        return {};
    const QString pattern = containsPattern(text);
    values << pattern << pattern;
    return QStringLiteral(" AND (%1.name LIKE ? ESCAPE '\\' OR %1.slug LIKE ? ESCAPE '\\')")
            .arg(alias);
}

// Prefix matches first in SQL too, so that LIMIT keeps the best rows: 0 for a prefix match,
// 1 otherwise, as a column named r.
QString rankColumn(const QString &text, const QString &alias, QVariantList &values)
{
    if (text.isEmpty())
        return QStringLiteral("0 AS r");
    const QString prefix = containsPattern(text).mid(1);
    values << prefix << prefix;
    return QStringLiteral("(CASE WHEN %1.name LIKE ? ESCAPE '\\' OR %1.slug LIKE ? ESCAPE '\\' "
                          "THEN 0 ELSE 1 END) AS r")
            .arg(alias);
}

struct Ranked
{
    int score;
    SwitchTarget target;
};

} // namespace

ContextSearch::ContextSearch(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<QList<SwitchTarget>> ContextSearch::search(const QString &text, int limit) const
{
    QList<SwitchTarget> targets;
    if (m_actor.bootstrap || limit <= 0)
        return targets;
    // "acme/dev" narrows to workspaces whose tenant matches "acme" and that match "dev".
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const bool scoped = slash >= 0;
    const QString tenantText = scoped ? trimmed.left(slash).trimmed() : trimmed;
    const QString workspaceText = scoped ? trimmed.mid(slash + 1).trimmed() : trimmed;
    const bool admin = m_actor.isGlobalAdmin();

    QList<Ranked> ranked;
    if (!scoped) {
        QVariantList values;
        const QString rank = rankColumn(tenantText, QStringLiteral("t"), values);
        QString sql = QStringLiteral("SELECT t.id, t.name, t.slug, %1 FROM tenants t WHERE 1")
                              .arg(rank);
        sql += matchSql(tenantText, QStringLiteral("t"), values);
        if (!admin) {
            sql += QStringLiteral(
                    " AND t.id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ?)");
            values << m_actor.userId;
        }
        sql += QStringLiteral(" ORDER BY r, t.name COLLATE NOCASE, t.id LIMIT ?");
        values << limit;
        auto rows = m_db.exec(sql, values);
        if (!rows)
            return explain(m_db, rows.error());
        while (rows->next()) {
            SwitchTarget target;
            target.tenantId = rows->value(0).toString();
            target.tenantName = rows->value(1).toString();
            target.tenantSlug = rows->value(2).toString();
            ranked.append({matchScore(tenantText, target.tenantName, target.tenantSlug), target});
        }
    }

    // Rank, sort and cut in the workspaces table alone; only the rows kept are joined with
    // their tenants (joining first costs one lookup per matching workspace, 100,000 at worst).
    QVariantList values;
    const QString rank = rankColumn(workspaceText, QStringLiteral("w"), values);
    QString inner
            = QStringLiteral(
                      "SELECT w.id, w.tenant_id, w.name, w.slug, %1 FROM workspaces w WHERE 1")
                      .arg(rank);
    inner += matchSql(workspaceText, QStringLiteral("w"), values);
    if (scoped)
        inner += QStringLiteral(" AND w.tenant_id IN (SELECT t.id FROM tenants t WHERE 1%1)")
                         .arg(matchSql(tenantText, QStringLiteral("t"), values));
    if (!admin) {
        inner += QStringLiteral(
                " AND (w.tenant_id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ? "
                "AND workspace_id IS NULL) OR w.id IN (SELECT workspace_id FROM "
                "tenant_users WHERE user_id = ? AND workspace_id IS NOT NULL))");
        values << m_actor.userId << m_actor.userId;
    }
    inner += QStringLiteral(" ORDER BY r, w.name COLLATE NOCASE, w.id LIMIT ?");
    values << limit;
    const QString sql
            = QStringLiteral("SELECT t.id, t.name, t.slug, x.id, x.name, x.slug FROM (%1) x "
                             "JOIN tenants t ON t.id = x.tenant_id "
                             "ORDER BY x.r, x.name COLLATE NOCASE, x.id")
                      .arg(inner);
    auto rows = m_db.exec(sql, values);
    if (!rows)
        return explain(m_db, rows.error());
    while (rows->next()) {
        SwitchTarget target;
        target.tenantId = rows->value(0).toString();
        target.tenantName = rows->value(1).toString();
        target.tenantSlug = rows->value(2).toString();
        target.workspaceId = rows->value(3).toString();
        target.workspaceName = rows->value(4).toString();
        target.workspaceSlug = rows->value(5).toString();
        ranked.append(
                {matchScore(workspaceText, target.workspaceName, target.workspaceSlug), target});
    }

    // Both lists are already in order; a stable sort by score keeps tenants before
    // workspaces of the same score.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.score < b.score; });
    for (const Ranked &entry : std::as_const(ranked)) {
        if (targets.size() >= limit)
            break;
        targets.append(entry.target);
    }
    return targets;
}

} // namespace tenantdesk
