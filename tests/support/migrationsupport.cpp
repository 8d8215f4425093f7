#include "migrationsupport.h"

#include <QtGlobal>

tenantdesk::Actor admin()
{
    tenantdesk::Actor actor;
    actor.userId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    actor.username = QStringLiteral("root");
    actor.globalRole = tenantdesk::GlobalRole::Admin;
    return actor;
}

tenantdesk::MigrationScript script(const QString &fileName, const QByteArray &content)
{
    auto parsed = tenantdesk::MigrationScript::parse(fileName, content);
    if (!parsed)
        qFatal("parse failed: %s", qPrintable(parsed.error().message));
    return *parsed;
}
