#include "widgets/memberships/membershipscopefilter.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"
#include "widgets/memberships/membershipspage.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/membershiplistmodel.h"

#include "core/tenancy/workspaceservice.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QToolButton>

#include <utility>

namespace tenantdesk {

namespace {

constexpr int kMaxScopeWorkspaces = 1000;
// Scope combo: 0 = all, 1 = tenant-wide, then one item per workspace (its id as data).
constexpr int kAllScopes = 0;
constexpr int kTenantWide = 1;

} // namespace

MembershipScopeFilter::MembershipScopeFilter(Session *session, MembershipListModel *model,
                                             QComboBox *combo, QBoxLayout *header, QWidget *page)
    : QObject(page)
    , m_session(session)
    , m_model(model)
    , m_combo(combo)
    , m_showAll(new QToolButton(page))
{
    // Long workspace names must not widen the window: the combo keeps a fixed minimum and
    // elides, its popup shows the whole names.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(14);
    m_combo->setMinimumWidth(0);
    connect(m_combo, &QComboBox::activated, this, &MembershipScopeFilter::applyScope);

    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    m_showAll->setText(MembershipsPage::tr("Show All"));
    m_showAll->setToolTip(MembershipsPage::tr("Show all memberships of the tenant again"));
    m_showAll->setStatusTip(m_showAll->toolTip());
    m_showAll->setVisible(false);
    header->insertWidget(header->indexOf(m_combo) + 1, m_showAll);
    // In the tab order where it stands: after the scope, before the search.
    QWidget::setTabOrder(m_combo, m_showAll);
    connect(m_showAll, &QToolButton::clicked, this, [this] {
        m_combo->setCurrentIndex(kAllScopes);
        applyScope();
    });
}

void MembershipScopeFilter::showTenant(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
    m_combo->clear();
    m_narrowTo = workspaceId; // once its workspaces are loaded
    loadScopes();
}

void MembershipScopeFilter::followWorkspace(const QString &workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    narrowToWorkspace();
}

void MembershipScopeFilter::loadScopes()
{
    const QString tenantId = m_model->tenantId();
    const QString selected
            = m_combo->currentIndex() > kTenantWide ? m_combo->currentData().toString() : QString();
    if (m_combo->count() == 0) {
        m_combo->addItem(MembershipsPage::tr("All memberships"));
        m_combo->addItem(MembershipsPage::tr("Tenant-wide grants"));
    }
    m_combo->setEnabled(!tenantId.isEmpty());
    if (tenantId.isEmpty())
        return;
    m_session->worker()->run<Result<QList<Workspace>>>(
            this,
            [tenantId](const Database &db, const Actor &actor) {
                ListQuery query;
                query.limit = kMaxScopeWorkspaces;
                return WorkspaceService(db, actor).list(tenantId, query);
            },
            [this, tenantId, selected](Result<QList<Workspace>> workspaces) {
                if (tenantId != m_model->tenantId() || !workspaces)
                    return;
                const QString narrowTo = std::exchange(m_narrowTo, QString());
                const int kept = m_combo->currentIndex();
                while (m_combo->count() > kTenantWide + 1)
                    m_combo->removeItem(m_combo->count() - 1);
                for (const Workspace &workspace : std::as_const(*workspaces))
                    m_combo->addItem(Icons::workspace(),
                                     MembershipsPage::tr("Workspace %1 (%2)")
                                             .arg(workspace.name, workspace.slug),
                                     workspace.id);
                if (const int at = m_combo->findData(narrowTo); !narrowTo.isEmpty() && at >= 0) {
                    m_combo->setCurrentIndex(at);
                    applyScope();
                    return;
                }
                const int again = selected.isEmpty() ? kept : m_combo->findData(selected);
                m_combo->setCurrentIndex(again >= 0 && again < m_combo->count() ? again
                                                                                : kAllScopes);
                // The filtered workspace is gone (or no longer visible): show everything.
                if (again < 0)
                    applyScope();
            });
}

void MembershipScopeFilter::narrowToWorkspace()
{
    m_narrowTo.clear(); // this switch decides, not one before it whose scopes are loading
    if (m_workspaceId.isEmpty()) {
        m_combo->setCurrentIndex(kAllScopes);
        applyScope();
        return;
    }
    if (const int at = m_combo->findData(m_workspaceId); at >= 0) {
        m_combo->setCurrentIndex(at);
        applyScope();
        return;
    }
    m_narrowTo = m_workspaceId; // a new workspace: the scopes load again
    loadScopes();
}

void MembershipScopeFilter::applyScope()
{
    // The scope on screen is chosen now: a narrowing still waiting for the scopes to load
    // must not override it (the admin's Show All, or the combo).
    m_narrowTo.clear();
    const int index = m_combo->currentIndex();
    m_showAll->setVisible(index > kAllScopes);
    if (index <= kAllScopes)
        m_model->setWorkspaceScope(std::nullopt);
    else if (index == kTenantWide)
        m_model->setWorkspaceScope(QString());
    else
        m_model->setWorkspaceScope(m_combo->currentData().toString());
}

} // namespace tenantdesk
