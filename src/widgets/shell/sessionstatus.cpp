#include "widgets/shell/sessionstatus.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"

#include "models/context/activecontext.h"
#include "models/jobs/databaseworker.h"

#include "core/access/accesspolicy.h"

#include <QHBoxLayout>
#include <QLabel>

namespace tenantdesk {

namespace {

QString roleText(TenantRole role)
{
    switch (role) {
    case TenantRole::TenantAdmin:
        return SessionStatus::tr("tenant admin");
    case TenantRole::WorkspaceAdmin:
        return SessionStatus::tr("workspace admin");
    case TenantRole::Member:
        return SessionStatus::tr("member");
    case TenantRole::None:
        break;
    }
    return SessionStatus::tr("no role");
}

} // namespace

SessionStatus::SessionStatus(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    m_icon->setPixmap(Icons::themed(QStringLiteral("user-identity")).pixmap(16, 16));
    layout->addWidget(m_icon);
    layout->addWidget(m_label);
    connect(session->context(), &ActiveContext::contextChanged, this, &SessionStatus::update);
    connect(session, &Session::refreshRequested, this, &SessionStatus::update);
    update();
}

QString SessionStatus::text() const
{
    return m_label->text();
}

void SessionStatus::update()
{
    const Actor &actor = m_session->actor();
    const QString who = actor.bootstrap
            ? tr("Not signed in (database without users)")
            : tr("Signed in as %1 (%2)").arg(actor.username, globalRoleName(actor.globalRole));
    m_label->setText(who);
    setAccessibleName(who);
    const SwitchTarget context = m_session->context()->current();
    if (actor.bootstrap || context.tenantId.isEmpty())
        return;
    const quint64 serial = ++m_serial;
    m_session->worker()->run<Result<TenantRole>>(
            this,
            [context](const Database &db, const Actor &actor) {
                return AccessPolicy(db).effectiveRole(actor.userId, context.tenantId,
                                                      context.workspaceId);
            },
            [this, serial, who, context](Result<TenantRole> role) {
                if (serial != m_serial || !role)
                    return;
                const QString where = context.workspaceId.isEmpty()
                        ? context.tenantName
                        : tr("%1 / %2").arg(context.tenantName, context.workspaceName);
                QString text = tr("%1 · %2 in %3").arg(who, roleText(*role), where);
                if (m_session->actor().isGlobalAdmin() && *role == TenantRole::None)
                    text = tr("%1 · global admin in %2").arg(who, where);
                m_label->setText(text);
                setAccessibleName(text);
            });
}

} // namespace tenantdesk
