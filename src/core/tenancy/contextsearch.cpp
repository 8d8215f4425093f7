#include "core/tenancy/contextsearch.h"

#include "core/database/database.h"
#include "core/tenancy/tenancysql.h"

#include <QSqlQuery>

#include <algorithm>

namespace tenantdesk {

using namespace tenancy;

namespace {

// Prefix matches rank before matches anywhere else in the name or slug.
enum class Match { Prefix, Anywhere };

QString likeSql(const QString &alias)
{
    return QStringLiteral("(%1.name LIKE ? ESCAPE '\\' OR %1.slug LIKE ? ESCAPE '\\')").arg(alias);
}

// The rows of one table (tenants or workspaces) that match the text the given way, at most
// `limit`, in no particular order: without ORDER BY, SQLite stops scanning as soon as it has
// enough rows, which keeps the switcher instant when a short text matches 100,000 rows.
struct TableSearch
{
    QString select; // "SELECT ... FROM table alias WHERE 1"
    QString alias;
    QString visibility; // " AND ..." restricting to what the actor may see
    QVariantList visibilityValues;

    QString sql(Match match) const
    {
        QString where = QStringLiteral(" AND ") + likeSql(alias);
        if (match == Match::Anywhere)
            where += QStringLiteral(" AND NOT ") + likeSql(alias);
        return select + where + visibility + QStringLiteral(" LIMIT ?");
    }

    QVariantList values(Match match, const QString &text, int limit) const
    {
        const QString anywhere = containsPattern(text);
        const QString prefix = anywhere.mid(1);
        QVariantList values;
        if (match == Match::Prefix)
            values << prefix << prefix;
        else
            values << anywhere << anywhere << prefix << prefix;
        values << visibilityValues << limit;
        return values;
    }
};

SwitchTarget tenantTarget(const QSqlQuery &row)
{
    SwitchTarget target;
    target.tenantId = row.value(0).toString();
    target.tenantName = row.value(1).toString();
    target.tenantSlug = row.value(2).toString();
    return target;
}

SwitchTarget workspaceTarget(const QSqlQuery &row)
{
    SwitchTarget target = tenantTarget(row);
    target.workspaceId = row.value(3).toString();
    target.workspaceName = row.value(4).toString();
    target.workspaceSlug = row.value(5).toString();
    return target;
}

bool byName(const SwitchTarget &a, const SwitchTarget &b)
{
    const QString &left = a.workspaceId.isEmpty() ? a.tenantName : a.workspaceName;
    const QString &right = b.workspaceId.isEmpty() ? b.tenantName : b.workspaceName;
    const int order = left.compare(right, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.tenantName.compare(b.tenantName, Qt::CaseInsensitive) < 0;
}

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

    TableSearch tenants{QStringLiteral("SELECT t.id, t.name, t.slug FROM tenants t WHERE 1"),
                        QStringLiteral("t"),
                        {},
                        {}};
    if (!admin) {
        tenants.visibility = QStringLiteral(
                " AND t.id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ?)");
        tenants.visibilityValues << m_actor.userId;
    }
    TableSearch workspaces{
            QStringLiteral("SELECT t.id, t.name, t.slug, w.id, w.name, w.slug FROM "
                           "workspaces w JOIN tenants t ON t.id = w.tenant_id WHERE 1"),
            QStringLiteral("w"),
            {},
            {}};
    if (scoped) {
        workspaces.visibility = QStringLiteral(" AND ") + likeSql(QStringLiteral("t"));
        const QString pattern = containsPattern(tenantText);
        workspaces.visibilityValues << pattern << pattern;
    }
    if (!admin) {
        workspaces.visibility += QStringLiteral(
                " AND (w.tenant_id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ? "
                "AND workspace_id IS NULL) OR w.id IN (SELECT workspace_id FROM "
                "tenant_users WHERE user_id = ? AND workspace_id IS NOT NULL))");
        workspaces.visibilityValues << m_actor.userId << m_actor.userId;
    }

    // Best matches first: prefix matches of tenants, then of workspaces, then the same for
    // matches anywhere; each group sorted by name.
    for (const Match match : {Match::Prefix, Match::Anywhere}) {
        for (const bool ofWorkspaces : {false, true}) {
            if (!ofWorkspaces && scoped)
                continue;
            const int wanted = limit - int(targets.size());
            if (wanted <= 0)
                return targets;
            const TableSearch &table = ofWorkspaces ? workspaces : tenants;
            const QString &matchText = ofWorkspaces ? workspaceText : tenantText;
            auto rows = m_db.exec(table.sql(match), table.values(match, matchText, wanted));
            if (!rows)
                return explain(m_db, rows.error());
            QList<SwitchTarget> group;
            while (rows->next())
                group.append(ofWorkspaces ? workspaceTarget(*rows) : tenantTarget(*rows));
            std::sort(group.begin(), group.end(), byName);
            targets.append(group);
            // An empty text matches everything as a prefix: no second pass needed.
            if (matchText.isEmpty() && match == Match::Prefix && ofWorkspaces)
                return targets;
        }
    }
    return targets;
}

} // namespace tenantdesk
