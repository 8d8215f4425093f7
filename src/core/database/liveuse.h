#pragma once

#include "core/database/fileholders.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tenantdesk {

// What asking an aistack server's health address found. Core cannot ask (it links no Qt
// Network): the GUI's ServerHealthCheck and tenantctl's own check fill this in.
struct ServerAnswer
{
    QString url;           // empty: not asked
    bool answered = false; // any HTTP answer: something serves there
    QString detail;        // "HTTP 200 OK", or why nothing answered
};

// How a change that must not surprise another user of the file goes on: the caller's server
// answer, and whether the admin chose to go on anyway (tenantctl --force, the wizard's
// "Run anyway").
struct LiveUseOptions
{
    ServerAnswer server;
    bool force = false;
};

// Who else uses a database file: processes that hold it open (certain) and a server that
// answers the health address (which may use another file).
struct OtherUsers
{
    QString databasePath;
    QList<FileHolder> processes;
    ServerAnswer server;

    bool isEmpty() const { return processes.isEmpty() && !server.answered; }
    // Whole sentences naming every finding and the check that found it, the same in both
    // programs: "node (pid 4242) has aistack.db and aistack.db-wal open (found by the
    // open-file check)…".
    QString describe() const;
};

// The rule for schema changes and restores on a file that others may be using
// (docs/migrations.md, "Who else uses the file").
class LiveUse
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::LiveUse)

public:
    enum class Operation {
        Migrate, // migrate up, down, baseline, repair
        Restore, // backup restore
    };

    // aistack's health address on its default port.
    static QString defaultHealthUrl();

    // The processes other than this one that hold databasePath (or its -wal, -shm, -journal)
    // open, together with the caller's server answer.
    static OtherUsers find(const QString &databasePath, const ServerAnswer &server);

    // Whether `operation` may go on given what was found: anything found stops it unless
    // forced; a restore never goes on while another process has the file open (it would
    // lose that process's later writes), even when forced. The refusal (Conflict) names
    // every finding; nothing has been changed when it is returned.
    static Result<void> permit(const OtherUsers &found, Operation operation, bool force);

    // find() then permit().
    static Result<void> check(const QString &databasePath, Operation operation,
                              const LiveUseOptions &options);
};

} // namespace tenantdesk
