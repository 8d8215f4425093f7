#include "models/session/contextpersistence.h"

#include "core/tenancy/contextsearch.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace tenantdesk {

namespace {

const auto kTenantId = QStringLiteral("tenantId");
const auto kTenantName = QStringLiteral("tenantName");
const auto kWorkspaceId = QStringLiteral("workspaceId");
const auto kWorkspaceName = QStringLiteral("workspaceName");

} // namespace

ContextPersistence::ContextPersistence(const QString &databasePath, const QString &userId)
{
    // The canonical path, so that "./a.db" and "/home/x/a.db" are one database; hashed,
    // because QSettings treats slashes in keys as groups.
    const QFileInfo info(databasePath);
    m_databasePath = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath()
                                                        : info.canonicalFilePath();
    const QByteArray digest
            = QCryptographicHash::hash(m_databasePath.toUtf8(), QCryptographicHash::Sha1);
    m_group = QStringLiteral("contexts/%1/%2")
                      .arg(QString::fromLatin1(digest.toHex()),
                           userId.isEmpty() ? QStringLiteral("bootstrap") : userId);
}

ContextPersistence::Remembered ContextPersistence::load() const
{
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.beginGroup(m_group);
    return {settings.value(kTenantId).toString(), settings.value(kTenantName).toString(),
            settings.value(kWorkspaceId).toString(), settings.value(kWorkspaceName).toString()};
}

void ContextPersistence::save(const SwitchTarget &target) const
{
    QSettings settings(settingsOrganization(), settingsApplication());
    settings.beginGroup(m_group);
    settings.setValue(QStringLiteral("database"), m_databasePath);
    settings.setValue(kTenantId, target.tenantId);
    settings.setValue(kTenantName, target.tenantName);
    settings.setValue(kWorkspaceId, target.workspaceId);
    settings.setValue(kWorkspaceName, target.workspaceName);
}

} // namespace tenantdesk
