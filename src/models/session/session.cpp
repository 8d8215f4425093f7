#include "models/session/session.h"

#include "models/session/changewatcher.h"
#include "models/session/contextpersistence.h"

#include "models/context/activecontext.h"
#include "models/jobs/databaseworker.h"

#include "core/access/currentactor.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "tenantdesk.widgets.session", QtWarningMsg)

namespace tenantdesk {

Session::Session(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_worker(new DatabaseWorker(options.databasePath, options.actor, this))
    , m_context(new ActiveContext(this))
    , m_watcher(new ChangeWatcher(m_worker, this))
{
    m_watcher->setInterval(options.pollIntervalMs);
    connect(m_watcher, &ChangeWatcher::changed, this, [this] {
        checkAccount();
        refresh();
    });
    if (options.persistContext) {
        m_persistence
                = std::make_unique<ContextPersistence>(options.databasePath, options.actor.userId);
        connect(m_context, &ActiveContext::contextChanged, this, [this] {
            // Only once restored: the empty context before that is not a choice.
            if (m_restored)
                m_persistence->save(m_context->current());
        });
    }
}

Session::~Session() = default;

QString Session::databaseFileName() const
{
    return QFileInfo(m_options.databasePath).fileName();
}

void Session::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_options.hasTenancyTables) {
        m_restored = true;
        Q_EMIT contextRestored();
    } else {
        restoreContext();
    }
    m_watcher->start();
}

void Session::checkAccount()
{
    if (m_checkingAccount || isEnded() || m_options.actor.bootstrap)
        return;
    m_checkingAccount = true;
    const Actor signedIn = m_options.actor;
    m_worker->run<Result<AccountCheck>>(
            this,
            [signedIn](const Database &db, const Actor &) {
                return tenantdesk::checkAccount(db, signedIn);
            },
            [this](Result<AccountCheck> check) {
                m_checkingAccount = false;
                if (!check) // a busy file: the next commit or refused write asks again
                    return;
                if (check->state != AccountState::Active) {
                    m_endedMessage = check->endedMessage;
                    m_watcher->stop();
                    qCInfo(lcSession) << "session ended:" << m_endedMessage;
                    Q_EMIT ended(m_endedMessage);
                    return;
                }
                const Actor before = m_options.actor;
                const Actor &now = check->actor;
                if (now.globalRole == before.globalRole && now.username == before.username
                    && now.email == before.email)
                    return;
                m_options.actor = now;
                m_worker->setActor(now);
                if (now.globalRole != before.globalRole)
                    Q_EMIT notice(tr("Your global role changed from %1 to %2: what you may do "
                                     "follows the new role.")
                                          .arg(globalRoleName(before.globalRole),
                                               globalRoleName(now.globalRole)));
                Q_EMIT actorChanged();
                refresh();
            });
}

void Session::refresh()
{
    Q_EMIT refreshRequested();
    if (m_restored && m_options.hasTenancyTables)
        revalidateContext();
}

void Session::restoreContext()
{
    const ContextPersistence::Remembered remembered
            = m_persistence ? m_persistence->load() : ContextPersistence::Remembered{};
    ContextResolver::resolveAsync(
            m_worker, this, remembered.tenantId, remembered.workspaceId,
            [this, remembered](Result<ContextResolution> resolution) {
                m_restored = true;
                if (!resolution) {
                    Q_EMIT notice(tr("Could not restore the last tenant and workspace: %1")
                                          .arg(resolution.error().message));
                    Q_EMIT contextRestored();
                    return;
                }
                m_context->setCurrent(resolution->target);
                if (m_persistence)
                    m_persistence->save(m_context->current());
                const QString now = m_context->displayName();
                if (resolution->tenantLost) {
                    const QString lost = remembered.tenantName.isEmpty() ? remembered.tenantId
                                                                         : remembered.tenantName;
                    Q_EMIT notice(
                            now.isEmpty()
                                    ? tr("The tenant you used last (%1) no longer exists or is "
                                         "no longer accessible to you.")
                                              .arg(lost)
                                    : tr("The tenant you used last (%1) no longer exists or is "
                                         "no longer accessible to you; switched to %2.")
                                              .arg(lost, now));
                } else if (resolution->workspaceLost) {
                    const QString lost = remembered.workspaceName.isEmpty()
                            ? remembered.workspaceId
                            : remembered.workspaceName;
                    Q_EMIT notice(tr("The workspace you used last (%1) no longer exists or is no "
                                     "longer accessible to you; switched to %2.")
                                          .arg(lost, now));
                } else if (m_context->isEmpty()) {
                    Q_EMIT notice(
                            m_options.actor.isGlobalAdmin()
                                    ? tr("This database has no tenants yet: create the first "
                                         "one with Tenants ▸ New Tenant.")
                                    : tr("You have no role in any tenant yet. A tenant admin or "
                                         "a global admin can grant you one."));
                }
                qCInfo(lcSession) << "context restored:" << now;
                Q_EMIT contextRestored();
            });
}

void Session::markTenancyTablesCreated()
{
    if (m_options.hasTenancyTables)
        return;
    m_options.hasTenancyTables = true;
    Q_EMIT tenancyTablesCreated();
    restoreContext();
}

// After other writers committed: the active tenant or workspace may be gone, or renamed.
void Session::revalidateContext()
{
    const SwitchTarget before = m_context->current();
    ContextResolver::resolveAsync(
            m_worker, this, before.tenantId, before.workspaceId,
            [this, before](Result<ContextResolution> resolution) {
                // The admin switched meanwhile: their choice wins.
                if (!resolution || m_context->tenantId() != before.tenantId
                    || m_context->workspaceId() != before.workspaceId)
                    return;
                m_context->setCurrent(resolution->target);
                const QString now = m_context->displayName();
                if (resolution->tenantLost)
                    Q_EMIT notice(
                            tr("The tenant %1 was deleted or your access to it was revoked; "
                               "switched to %2.")
                                    .arg(before.tenantName, now.isEmpty() ? tr("no tenant") : now));
                else if (resolution->workspaceLost)
                    Q_EMIT notice(
                            tr("The workspace %1 was deleted or your access to it was revoked; "
                               "switched to %2.")
                                    .arg(before.workspaceName, now));
            });
}

} // namespace tenantdesk
