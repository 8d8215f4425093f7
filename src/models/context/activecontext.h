#pragma once

#include "core/result.h"
#include "core/tenancy/contextsearch.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tenantdesk {

class Database;
class DatabaseWorker;

// The tenant and workspace the admin is working in. Every view follows this one object:
// a switch (dock, quick switcher, restore at start) emits exactly one contextChanged.
class ActiveContext : public QObject
{
    Q_OBJECT

public:
    explicit ActiveContext(QObject *parent = nullptr);

    const SwitchTarget &current() const { return m_current; }
    QString tenantId() const { return m_current.tenantId; }
    QString workspaceId() const { return m_current.workspaceId; }
    bool isEmpty() const { return m_current.tenantId.isEmpty(); }
    // "Tenant / Workspace", "Tenant", or empty when nothing is active.
    QString displayName() const;

    // Emits contextChanged once when the ids or names differ from the current ones.
    void setCurrent(const SwitchTarget &target);
    void clear() { setCurrent({}); }

Q_SIGNALS:
    void contextChanged();

private:
    SwitchTarget m_current;
};

// What ContextResolver found for a remembered tenant/workspace.
struct ContextResolution
{
    SwitchTarget target;        // empty when the user may see no tenant at all
    bool tenantLost = false;    // the remembered tenant is gone or no longer accessible
    bool workspaceLost = false; // the same for the remembered workspace
};

// Checks on the worker thread that a remembered (or current) tenant/workspace still exists
// and is visible to the signed-in user, and picks the first accessible one otherwise.
namespace ContextResolver {

// With an empty tenantId (nothing remembered) this picks the first accessible tenant and
// its first workspace. A remembered tenant without workspace stays tenant-wide.
Result<ContextResolution> resolve(const Database &db, const Actor &actor, const QString &tenantId,
                                  const QString &workspaceId);

// Runs resolve() on the worker and calls done on context's thread.
void resolveAsync(DatabaseWorker *worker, QObject *context, const QString &tenantId,
                  const QString &workspaceId, std::function<void(Result<ContextResolution>)> done);

} // namespace ContextResolver

} // namespace tenantdesk
