#pragma once

// Shared by the migration tests.

#include "core/access/actor.h"
#include "core/migration/migrationscript.h"

#include <QByteArray>
#include <QString>

// A global admin ("root"), who may run migrations.
tenantdesk::Actor admin();

// A migration script parsed from content; fails the test run when it does not parse.
tenantdesk::MigrationScript script(const QString &fileName, const QByteArray &content);
