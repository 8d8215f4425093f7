#pragma once

// Shared by the migration tests.

#include "core/access/actor.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationscript.h"

#include <QByteArray>
#include <QString>

// A global admin ("root"), who may run migrations. Rights follow the database: the migration
// engine reads the acting user's users row inside every write, so a database that root works
// on needs that row (addAdmin).
tenantdesk::Actor admin();

// Inserts actor's users row (its id, username, <username>@example.com and global role) with a
// real bcrypt hash into the database file at path, creating aistack's users table where the
// file has none, and returns actor. Does nothing when a row with that id is there already.
tenantdesk::Actor addActor(const QString &databasePath, const tenantdesk::Actor &actor);
// addActor(databasePath, admin()): root as a global admin in the database.
tenantdesk::Actor addAdmin(const QString &databasePath);

// The status of the migrations in dir (one folder) for db; fails the test run on an error.
tenantdesk::MigrationPlanner plannerFor(const tenantdesk::Database &db, const QString &dir);

// A migration script parsed from content; fails the test run when it does not parse.
tenantdesk::MigrationScript script(const QString &fileName, const QByteArray &content);

// Writes two migrations into dir/cascade and returns that folder: parents and children (ON
// DELETE CASCADE), then three parents with six children, whose DOWN deletes two parents and
// leaves their five children to the cascade, which no statement names.
QString writeCascadeMigrations(const QString &dir);
