#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/contextsearch.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace tenantdesk {

class Database;

// Every tenant and workspace the actor may see, by name and slug, in memory: what the quick
// switcher searches on each keystroke. Built once on a worker thread (two queries, about a
// tenth of a second at 10,000 tenants and 100,000 workspaces), it answers a search without
// SQL in about a millisecond: names and slugs are kept case-folded in one UTF-8 text per kind,
// so a match anywhere is one memory scan. Immutable once built, so any thread may search
// it; whoever holds it builds a new one when another writer committed (PRAGMA data_version).
class ContextIndex
{
public:
    ContextIndex() = default;

    static Result<ContextIndex> build(const Database &db, const Actor &actor);

    // ContextSearch's answer from memory: tenants, then workspaces, whose name or slug starts
    // with the text, then those that contain it elsewhere, each group by name; "acme/dev"
    // narrows to workspaces matching "dev" in tenants matching "acme". At most limit targets;
    // case is ignored.
    QList<SwitchTarget> search(const QString &text, int limit) const;

    int tenantCount() const { return int(m_tenants.items.size()); }
    int workspaceCount() const { return int(m_workspaces.items.size()); }
    // Roughly what the index occupies, in bytes.
    qint64 byteSize() const;

private:
    // One tenant or workspace: where its folded "name\x1fslug\x1e" starts in the searched
    // text, and where its id, name and slug start in the original text (UTF-8).
    struct Item
    {
        qint32 tenant = 0; // a workspace's tenant (its index in m_tenants)
        qint32 folded = 0;
        qint32 foldedName = 0; // length of the folded name
        qint32 foldedSlug = 0;
        qint32 original = 0;
        qint32 idLength = 0;
        qint32 nameLength = 0;
        qint32 slugLength = 0;
    };
    struct Kind
    {
        std::vector<Item> items;
        QByteArray folded;
        QByteArray original;
    };

    static void add(Kind &kind, qint32 tenant, const QString &id, const QString &name,
                    const QString &slug);
    static bool startsWith(const Kind &kind, const Item &item, const QByteArray &needle);
    // Calls found(item index) for each item containing needle, in order, until it returns false.
    template<typename Found>
    static void forEachContaining(const Kind &kind, const QByteArray &needle, Found found);
    SwitchTarget targetOf(const Item *tenant, const Item *workspace) const;

    Kind m_tenants;
    Kind m_workspaces;
};

} // namespace tenantdesk
