// tenantctl migrate baseline|repair|retrofit: the ledger and schema tools beside a run.

#include "cli/clicontext.h"
#include "cli/migrateoptions.h"
#include "cli/output.h"

#include "core/database/paths.h"
#include "core/migration/ledgermaintenance.h"
#include "core/migration/migrationworkflow.h"
#include "core/migration/retrofitgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace tenantdesk::cli {

namespace {

QString bareName(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

} // namespace

void MigrateCommand::printNames(const QString &key, const QStringList &names,
                                const QString &sentence)
{
    if (m_context.json()) {
        m_context.printJson({{key, QJsonArray::fromStringList(names)}});
        return;
    }
    for (const QString &name : names)
        m_context.out() << sentence.arg(name) << '\n';
}

int MigrateCommand::baseline()
{
    if (!m_parser.isSet(m_options.to))
        return m_context.usage(tr("Usage: tenantctl migrate baseline --to TARGET"));
    auto wanted = target();
    if (!wanted)
        return m_context.fail(wanted.error());
    auto planner = prepare(Database::OpenMode::ExistingOnly);
    if (!planner)
        return m_context.fail(planner.error());
    auto plan = planner->baselinePlan(**wanted);
    if (!plan)
        return m_context.fail(plan.error());
    // The same workflow as a run; a baseline runs no script, and tenantctl takes no backup
    // for it.
    MigrationRequest request;
    request.plan = *plan;
    request.mode = MigrationRequest::Mode::Baseline;
    request.backup = false;
    if (!request.plan.isEmpty())
        request.live = liveUse();
    const MigrationReport report = MigrationWorkflow().run(*m_db, m_actor, request);
    if (!report.ok())
        return m_context.fail(*report.error);
    if (report.baselined.isEmpty() && !m_context.json())
        m_context.out() << tr(
                "Nothing to record: every migration up to the target is already applied.")
                        << '\n';
    printNames(QStringLiteral("baselined"), report.baselined,
               tr("Recorded %1 as applied, without running it."));
    return 0;
}

int MigrateCommand::repair()
{
    auto planner = prepare(Database::OpenMode::ExistingOnly);
    if (!planner)
        return m_context.fail(planner.error());
    const QList<MigrationStatus> modified = planner->modified();
    auto repaired = LedgerMaintenance(*m_db).repair(
            modified, m_actor, modified.isEmpty() ? LiveUseOptions() : liveUse());
    if (!repaired)
        return m_context.fail(repaired.error());
    if (repaired->isEmpty() && !m_context.json())
        m_context.out() << tr("Nothing to repair: no applied migration was changed.") << '\n';
    printNames(QStringLiteral("repaired"), *repaired,
               tr("Accepted the changed %1: its new checksum is recorded."));
    return 0;
}

int MigrateCommand::retrofit()
{
    const QStringList tables = m_parser.values(m_options.table);
    const QString out = m_parser.value(m_options.out);
    if (tables.isEmpty() || out.isEmpty())
        return m_context.usage(
                tr("Usage: tenantctl migrate retrofit --table TABLE [--table TABLE2] "
                   "[--workspace] --out NNN_name.sql"));
    const QFileInfo file(out);
    if (!MigrationScript::isMigrationFileName(file.fileName()))
        return m_context.usage(tr("--out must name a migration file such as 010_tenant_scope.sql, "
                                  "or the engine would not find it."));
    if (!file.absoluteDir().exists())
        return m_context.fail(
                notFound(tr("The folder %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(file.absolutePath()))));
    if (file.exists())
        return m_context.fail(conflict(tr("%1 exists already; it was not overwritten.")
                                               .arg(QDir::toNativeSeparators(out))));
    if (auto signedIn = signIn(Database::OpenMode::ExistingOnly); !signedIn)
        return m_context.fail(signedIn.error());
    auto text = RetrofitGenerator(*m_db).generate(
            {tables, m_parser.isSet(m_options.workspace), bareName(out)});
    if (!text)
        return m_context.fail(text.error());
    QFile target(out);
    if (!target.open(QIODevice::NewOnly | QIODevice::WriteOnly)
        || target.write(*text) != text->size())
        return m_context.fail(
                failure(tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(out), target.errorString())));
    if (m_context.json())
        m_context.printJson({{QStringLiteral("file"), file.absoluteFilePath()},
                             {QStringLiteral("tables"), QJsonArray::fromStringList(tables)}});
    else
        // The admin's folder is planned together with the bundled migrations: alone, the
        // bundled ones already applied would count as missing.
        m_context.out() << tr("Wrote %1. Review it, then apply it with: tenantctl migrate up "
                              "--dir %2 --dir %3")
                                   .arg(QDir::toNativeSeparators(file.absoluteFilePath()),
                                        QDir::toNativeSeparators(bundledMigrationsDir()),
                                        QDir::toNativeSeparators(file.absolutePath()))
                        << '\n';
    return 0;
}

} // namespace tenantdesk::cli
