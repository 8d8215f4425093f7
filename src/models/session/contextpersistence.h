#pragma once

#include <QString>

namespace tenantdesk {

struct SwitchTarget;

// Where TenantDesk keeps its settings (architecture.md §5): organisation "TenantDesk", application
// "tenantdesk", whatever the running program is called.
inline QString settingsOrganization()
{
    return QStringLiteral("TenantDesk");
}
inline QString settingsApplication()
{
    return QStringLiteral("tenantdesk");
}

// The active tenant/workspace remembered in QSettings per database file (by canonical path)
// and per user, by id. Names are kept too, only to name a lost selection in the notice.
class ContextPersistence
{
public:
    ContextPersistence(const QString &databasePath, const QString &userId);

    struct Remembered
    {
        QString tenantId;
        QString tenantName;
        QString workspaceId;
        QString workspaceName;
    };

    Remembered load() const;
    void save(const SwitchTarget &target) const;
    // The QSettings group of this database and user, e.g. for tests.
    QString group() const { return m_group; }

private:
    QString m_group;
    QString m_databasePath;
};

} // namespace tenantdesk
