#pragma once

#include "core/database/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Real SQLite files in a temporary folder, for tests.
class TestDatabase
{
public:
    TestDatabase();

    QString dir() const { return m_dir.path(); }
    QString path() const { return m_path; }

    // Opens (and creates) the file with TenantDesk's own open path; fails the test on error.
    std::unique_ptr<tenantdesk::Database> open(int busyTimeoutMs = 2000) const;

    // Runs SQL on a separate raw sqlite3 connection, as another process would.
    void execRaw(const QByteArray &sql) const;
    // A full, ordered text dump of schema and rows, for "nothing changed" comparisons.
    QByteArray dump() const;
    // Sets the file's modification time an hour into the past and returns it. A check that
    // nothing wrote to the file compares the time exactly afterwards: any write sets it to
    // now, so no test has to sleep for the clock to move on.
    QDateTime backdateModification() const;

    // Creates the bundled schema by running the UP sections of migrations/*.sql directly,
    // without the migration engine (tests of other parts must not depend on it).
    void applyBundledSchema() const;

    // Inserts a user in aistack's shape with a real bcrypt hash of password (cost 4 keeps
    // tests fast; cost is part of the hash, so verification is the same code path).
    QString addUser(const QString &username, const QString &role, const QString &password) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// shared testdata: tests/data/NAME parsed as JSON.
QJsonObject loadTestData(const QString &name);
