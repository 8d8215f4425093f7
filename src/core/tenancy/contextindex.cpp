#include "core/tenancy/contextindex.h"

#include "core/database/database.h"
#include "core/tenancy/tenancysql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <string_view>

namespace tenantdesk {

using namespace tenancy;

namespace {

constexpr char kNameEnd = '\x1f';
constexpr char kItemEnd = '\x1e';

QByteArray folded(const QString &text)
{
    return text.toCaseFolded().toUtf8();
}

} // namespace

Result<ContextIndex> ContextIndex::build(const Database &db, const Actor &actor)
{
    ContextIndex index;
    if (actor.bootstrap)
        return index;
    // What ContextSearch lets the actor see: every tenant and workspace for a global admin;
    // otherwise the tenants with a grant, and the workspaces of a tenant-wide grant or of
    // a grant on the workspace itself.
    const bool admin = actor.isGlobalAdmin();
    QString tenantSql = QStringLiteral("SELECT t.id, t.name, t.slug FROM tenants t");
    QString workspaceSql
            = QStringLiteral("SELECT w.tenant_id, w.id, w.name, w.slug FROM workspaces w");
    QVariantList tenantValues;
    QVariantList workspaceValues;
    if (!admin) {
        tenantSql += QStringLiteral(
                " WHERE t.id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ?)");
        tenantValues << actor.userId;
        workspaceSql += QStringLiteral(
                " WHERE (w.tenant_id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ? "
                "AND workspace_id IS NULL) OR w.id IN (SELECT workspace_id FROM tenant_users "
                "WHERE user_id = ? AND workspace_id IS NOT NULL))");
        workspaceValues << actor.userId << actor.userId;
    }
    auto tenants = db.exec(tenantSql, tenantValues);
    if (!tenants)
        return explain(db, tenants.error());
    QHash<QString, qint32> tenantIndex;
    while (tenants->next()) {
        const QString id = tenants->value(0).toString();
        tenantIndex.insert(id, qint32(index.m_tenants.items.size()));
        add(index.m_tenants, -1, id, tenants->value(1).toString(), tenants->value(2).toString());
    }
    auto workspaces = db.exec(workspaceSql, workspaceValues);
    if (!workspaces)
        return explain(db, workspaces.error());
    while (workspaces->next()) {
        const auto tenant = tenantIndex.constFind(workspaces->value(0).toString());
        if (tenant == tenantIndex.cend())
            continue;
        add(index.m_workspaces, *tenant, workspaces->value(1).toString(),
            workspaces->value(2).toString(), workspaces->value(3).toString());
    }
    return index;
}

void ContextIndex::add(Kind &kind, qint32 tenant, const QString &id, const QString &name,
                       const QString &slug)
{
    Item item;
    item.tenant = tenant;
    const QByteArray foldedName = folded(name);
    const QByteArray foldedSlug = folded(slug);
    item.folded = qint32(kind.folded.size());
    item.foldedName = qint32(foldedName.size());
    item.foldedSlug = qint32(foldedSlug.size());
    kind.folded += foldedName;
    kind.folded += kNameEnd;
    kind.folded += foldedSlug;
    kind.folded += kItemEnd;
    const QByteArray idText = id.toUtf8();
    const QByteArray nameText = name.toUtf8();
    const QByteArray slugText = slug.toUtf8();
    item.original = qint32(kind.original.size());
    item.idLength = qint32(idText.size());
    item.nameLength = qint32(nameText.size());
    item.slugLength = qint32(slugText.size());
    kind.original += idText;
    kind.original += nameText;
    kind.original += slugText;
    kind.items.push_back(item);
}

bool ContextIndex::startsWith(const Kind &kind, const Item &item, const QByteArray &needle)
{
    const std::string_view text(kind.folded.constData() + item.folded,
                                size_t(item.foldedName + 1 + item.foldedSlug));
    const std::string_view wanted(needle.constData(), size_t(needle.size()));
    return text.substr(0, size_t(item.foldedName)).starts_with(wanted)
            || text.substr(size_t(item.foldedName) + 1).starts_with(wanted);
}

template<typename Found>
void ContextIndex::forEachContaining(const Kind &kind, const QByteArray &needle, Found found)
{
    const std::string_view text(kind.folded.constData(), size_t(kind.folded.size()));
    const std::string_view wanted(needle.constData(), size_t(needle.size()));
    size_t from = 0;
    while (from < text.size()) {
        const size_t at = text.find(wanted, from);
        if (at == std::string_view::npos)
            return;
        // The item whose text holds the match: the last one starting at or before it.
        const auto next = std::upper_bound(
                kind.items.cbegin(), kind.items.cend(), qint64(at),
                [](qint64 offset, const Item &item) { return offset < item.folded; });
        const auto index = int(next - kind.items.cbegin()) - 1;
        if (!found(index))
            return;
        const Item &item = kind.items[size_t(index)];
        from = size_t(item.folded + item.foldedName + 1 + item.foldedSlug + 1);
    }
}

SwitchTarget ContextIndex::targetOf(const Item *tenant, const Item *workspace) const
{
    const auto text = [](const Kind &kind, qint32 offset, qint32 length) {
        return QString::fromUtf8(kind.original.constData() + offset, length);
    };
    SwitchTarget target;
    const Item &t = *tenant;
    target.tenantId = text(m_tenants, t.original, t.idLength);
    target.tenantName = text(m_tenants, t.original + t.idLength, t.nameLength);
    target.tenantSlug = text(m_tenants, t.original + t.idLength + t.nameLength, t.slugLength);
    if (workspace) {
        const Item &w = *workspace;
        target.workspaceId = text(m_workspaces, w.original, w.idLength);
        target.workspaceName = text(m_workspaces, w.original + w.idLength, w.nameLength);
        target.workspaceSlug
                = text(m_workspaces, w.original + w.idLength + w.nameLength, w.slugLength);
    }
    return target;
}

QList<SwitchTarget> ContextIndex::search(const QString &text, int limit) const
{
    QList<SwitchTarget> targets;
    if (limit <= 0)
        return targets;
    // As ContextSearch: "acme/dev" narrows to workspaces matching "dev" whose tenant
    // matches "acme".
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const bool scoped = slash >= 0;
    const QByteArray tenantNeedle = folded(scoped ? trimmed.left(slash).trimmed() : trimmed);
    const QByteArray workspaceNeedle = folded(scoped ? trimmed.mid(slash + 1).trimmed() : trimmed);

    std::vector<bool> tenantMatches;
    if (scoped) {
        tenantMatches.assign(m_tenants.items.size(), tenantNeedle.isEmpty());
        if (!tenantNeedle.isEmpty()) {
            forEachContaining(m_tenants, tenantNeedle, [&](int index) {
                tenantMatches[size_t(index)] = true;
                return true;
            });
        }
    }

    // The first `limit` items of a kind starting with the text (in name or slug), and the
    // first `limit` containing it elsewhere, in the order they were read.
    struct Groups
    {
        std::vector<int> prefix;
        std::vector<int> anywhere;
    };
    const auto collect = [&](const Kind &kind, const QByteArray &needle) {
        Groups groups;
        const auto visible = [&](int index) {
            return !scoped || tenantMatches[size_t(kind.items[size_t(index)].tenant)];
        };
        if (needle.isEmpty()) {
            for (int index = 0; index < int(kind.items.size()) && int(groups.prefix.size()) < limit;
                 ++index) {
                if (visible(index))
                    groups.prefix.push_back(index);
            }
            return groups;
        }
        forEachContaining(kind, needle, [&](int index) {
            if (visible(index)) {
                auto &group = startsWith(kind, kind.items[size_t(index)], needle) ? groups.prefix
                                                                                  : groups.anywhere;
                if (int(group.size()) < limit)
                    group.push_back(index);
            }
            // Once `limit` items start with the text, no match elsewhere can be shown: the
            // prefix groups come first. So "w" stops after 51 of 100,000 workspaces.
            return int(groups.prefix.size()) < limit;
        });
        return groups;
    };
    Groups tenants;
    if (!scoped)
        tenants = collect(m_tenants, tenantNeedle);
    const Groups workspaces = collect(m_workspaces, workspaceNeedle);

    // Best matches first: prefix matches of tenants, then of workspaces, then the same for
    // matches anywhere; each group by name (then tenant name), ignoring case.
    const auto byName = [](const SwitchTarget &a, const SwitchTarget &b) {
        const QString &left = a.workspaceId.isEmpty() ? a.tenantName : a.workspaceName;
        const QString &right = b.workspaceId.isEmpty() ? b.tenantName : b.workspaceName;
        const int order = left.compare(right, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.tenantName.compare(b.tenantName, Qt::CaseInsensitive) < 0;
    };
    const auto append = [&](const std::vector<int> &group, bool ofWorkspaces) {
        QList<SwitchTarget> found;
        for (int index : group) {
            if (int(targets.size() + found.size()) >= limit)
                break;
            if (ofWorkspaces) {
                const Item &workspace = m_workspaces.items[size_t(index)];
                found.append(targetOf(&m_tenants.items[size_t(workspace.tenant)], &workspace));
            } else {
                found.append(targetOf(&m_tenants.items[size_t(index)], nullptr));
            }
        }
        std::sort(found.begin(), found.end(), byName);
        targets.append(found);
    };
    append(tenants.prefix, false);
    append(workspaces.prefix, true);
    append(tenants.anywhere, false);
    append(workspaces.anywhere, true);
    return targets;
}

qint64 ContextIndex::byteSize() const
{
    qint64 size = 0;
    for (const Kind *kind : {&m_tenants, &m_workspaces})
        size += qint64(kind->items.size() * sizeof(Item)) + kind->folded.size()
                + kind->original.size();
    return size;
}

} // namespace tenantdesk
