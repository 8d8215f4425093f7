#include "models/session/session.h"

#include "models/session/changewatcher.h"
#include "models/session/contextpersistence.h"

#include "models/context/activecontext.h"
#include "models/jobs/databaseworker.h"

#include "core/access/currentactor.h"
#include "core/people/authenticator.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "tenantdesk.widgets.session", QtWarningMsg)

namespace tenantdesk {

namespace {

// Whether the database still names the same account with the same rights and names.
bool sameAccountState(const Actor &a, const Actor &b)
{
    return a.userId == b.userId && a.globalRole == b.globalRole && a.username == b.username
            && a.email == b.email;
}

} // namespace

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
    // "No tenants yet" ends when there is a tenant to work in.
    connect(m_context, &ActiveContext::contextChanged, this, [this] {
        if (m_notice.condition == Notice::Condition::NoContext && !m_context->isEmpty())
            clearNotice();
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

void Session::beginSignIn(const QString &login, const QString &password)
{
    m_worker->signInFirst(
            this,
            [login, password](const Database &db) {
                return Authenticator(db).signIn(login, password);
            },
            [this](Result<Actor> signedIn) {
                // Who the login named may have changed in the moment between (a new role):
                // what the database answered now is the session's actor.
                if (signedIn && !sameAccountState(*signedIn, m_options.actor)) {
                    m_options.actor = *signedIn;
                    Q_EMIT actorChanged();
                }
                m_signIn = std::move(signedIn);
                Q_EMIT signInAnswered();
            });
}

Result<Actor> Session::waitForSignIn()
{
    if (!m_signIn) {
        // Only the worker's answer (and what paints) gets through: the window being built is
        // not shown yet, and the sign-in dialog takes no input meanwhile.
        QEventLoop loop;
        connect(this, &Session::signInAnswered, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return *m_signIn;
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
                if (sameAccountState(now, before))
                    return;
                m_options.actor = now;
                m_worker->setActor(now);
                if (now.globalRole != before.globalRole)
                    Q_EMIT notice(tr("Your global role changed from %1 to %2: what you may do "
                                     "follows the new role.")
                                          .arg(globalRoleName(before.globalRole),
                                               globalRoleName(now.globalRole)),
                                  NoticeKind::Information);
                Q_EMIT actorChanged();
                refresh();
            });
}

void Session::refresh()
{
    Q_EMIT refreshRequested();
    if (m_restored && m_options.hasTenancyTables) {
        revalidateContext();
        recheckNotice();
    }
}

void Session::raiseNotice(const Notice &raised, NoticeKind kind)
{
    m_notice = raised;
    Q_EMIT notice(raised.text, kind);
}

void Session::clearNotice()
{
    if (m_notice.text.isEmpty())
        return;
    m_notice = {};
    Q_EMIT noticeCleared();
}

void Session::recheckNotice()
{
    const Notice asked = m_notice;
    if (asked.condition != Notice::Condition::TenantLost
        && asked.condition != Notice::Condition::WorkspaceLost)
        return;
    ContextResolver::resolveAsync(m_worker, this, asked.tenantId, asked.workspaceId,
                                  [this, asked](Result<ContextResolution> resolution) {
                                      // Another notice replaced it meanwhile: that one is current.
                                      if (!resolution || m_notice.condition != asked.condition
                                          || m_notice.tenantId != asked.tenantId
                                          || m_notice.workspaceId != asked.workspaceId)
                                          return;
                                      const bool stillLost
                                              = asked.condition == Notice::Condition::TenantLost
                                              ? resolution->tenantLost
                                              : resolution->tenantLost || resolution->workspaceLost;
                                      if (!stillLost)
                                          clearNotice();
                                  });
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
                    raiseNotice({Notice::Condition::None,
                                 tr("Could not restore the last tenant and workspace: %1")
                                         .arg(resolution.error().message),
                                 {},
                                 {}},
                                NoticeKind::Warning);
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
                    raiseNotice({Notice::Condition::TenantLost,
                                 now.isEmpty() ? tr("The tenant you used last (%1) no longer "
                                                    "exists or is no longer accessible to you.")
                                                         .arg(lost)
                                               : tr("The tenant you used last (%1) no longer "
                                                    "exists or is no longer accessible to you; "
                                                    "switched to %2.")
                                                         .arg(lost, now),
                                 remembered.tenantId,
                                 {}},
                                NoticeKind::Warning);
                } else if (resolution->workspaceLost) {
                    const QString lost = remembered.workspaceName.isEmpty()
                            ? remembered.workspaceId
                            : remembered.workspaceName;
                    raiseNotice({Notice::Condition::WorkspaceLost,
                                 tr("The workspace you used last (%1) no longer exists or is no "
                                    "longer accessible to you; switched to %2.")
                                         .arg(lost, now),
                                 remembered.tenantId, remembered.workspaceId},
                                NoticeKind::Warning);
                } else if (m_context->isEmpty()) {
                    // An empty database is a state to know about, not a fault.
                    raiseNotice({Notice::Condition::NoContext,
                                 m_options.actor.isGlobalAdmin()
                                         ? tr("This database has no tenants yet: create the "
                                              "first one with Tenants ▸ New Tenant.")
                                         : tr("You have no role in any tenant yet. A tenant "
                                              "admin or a global admin can grant you one."),
                                 {},
                                 {}},
                                NoticeKind::Information);
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
                    raiseNotice(
                            {Notice::Condition::TenantLost,
                             tr("The tenant %1 was deleted or your access to it was revoked; "
                                "switched to %2.")
                                     .arg(before.tenantName, now.isEmpty() ? tr("no tenant") : now),
                             before.tenantId,
                             {}},
                            NoticeKind::Warning);
                else if (resolution->workspaceLost)
                    raiseNotice({Notice::Condition::WorkspaceLost,
                                 tr("The workspace %1 was deleted or your access to it was "
                                    "revoked; switched to %2.")
                                         .arg(before.workspaceName, now),
                                 before.tenantId, before.workspaceId},
                                NoticeKind::Warning);
            });
}

} // namespace tenantdesk
