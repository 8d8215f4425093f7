#include "widgets/memberships/effectiveaccessdock.h"

#include "models/session/contextpersistence.h"
#include "models/session/session.h"
#include "widgets/common/columnfitter.h"

#include "models/context/activecontext.h"
#include "models/jobs/databaseworker.h"
#include "models/lists/modelroles.h"
#include "models/memberships/membershipaccessmodel.h"

#include "core/access/effectiveaccess.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QSettings>
#include <QShowEvent>

namespace tenantdesk {

EffectiveAccessDock::EffectiveAccessDock(Session *session, QWidget *parent)
    : QDockWidget(tr("Effective Access"), parent)
    , m_session(session)
    , m_model(new MembershipAccessModel(session->worker(), this))
{
    setObjectName(QStringLiteral("effectiveAccessDock"));
    setAccessibleName(tr("Effective access"));
    // Shown on the Members page, where it has something to say (see setRelevant()).
    connect(toggleViewAction(), &QAction::triggered, this, [](bool shown) {
        QSettings(settingsOrganization(), settingsApplication()).setValue(shownSetting(), shown);
    });
    connect(session->context(), &ActiveContext::contextChanged, this,
            &EffectiveAccessDock::followContext);
    connect(session, &Session::refreshRequested, this, [this] {
        m_model->refresh();
        reload();
    });
    followContext();
}

void EffectiveAccessDock::build()
{
    if (m_built)
        return;
    m_built = true;
    auto *panel = new QWidget(this);
    ui.setupUi(panel);
    setWidget(panel);
    QFont bold = ui.userLabel->font();
    bold.setBold(true);
    ui.userLabel->setFont(bold);

    ui.accessTable->setModel(m_model);
    ui.accessTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.accessTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    ui.accessTable->horizontalHeader()->resizeSection(MembershipAccessModel::WorkspaceColumn, 130);
    ui.accessTable->horizontalHeader()->resizeSection(MembershipAccessModel::EffectiveRoleColumn,
                                                      110);
    // Wide enough for the three columns and the answer without scrolling sideways.
    panel->setMinimumWidth(kMinimumWidth);
    ColumnFitter::install(ui.accessTable);
    // Combos of long names must not widen the dock (and with it the window).
    for (QComboBox *box : {ui.actionCombo, ui.scopeCombo, ui.roleCombo}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }

    for (const QString &name : actionNames())
        ui.actionCombo->addItem(name, int(*actionFromName(name)));
    ui.actionCombo->setCurrentIndex(ui.actionCombo->findText(QStringLiteral("workspace.settings")));
    for (TenantRole role :
         {TenantRole::Member, TenantRole::WorkspaceAdmin, TenantRole::TenantAdmin})
        ui.roleCombo->addItem(tenantRoleName(role), int(role));
    connect(ui.actionCombo, &QComboBox::currentIndexChanged, this,
            &EffectiveAccessDock::updateRoleBox);
    connect(ui.checkButton, &QPushButton::clicked, this, &EffectiveAccessDock::check);
    // The answer is about the choice on screen: a new choice clears the old answer.
    for (QComboBox *box : {ui.actionCombo, ui.scopeCombo, ui.roleCombo})
        connect(box, &QComboBox::currentIndexChanged, ui.resultLabel, &QLabel::clear);
    connect(m_model, &PagedModelBase::refreshed, this, &EffectiveAccessDock::fillScopes);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EffectiveAccessDock::fillScopes);
    connect(m_model, &PagedModelBase::errorOccurred, ui.tenantWideLabel, &QLabel::setText);
    updateRoleBox();
    showUser();
    fillScopes();
    reload();
}

void EffectiveAccessDock::followContext()
{
    const SwitchTarget &context = m_session->context()->current();
    m_tenantName = context.tenantName;
    if (context.tenantId == m_tenantId)
        return;
    m_tenantId = context.tenantId;
    setUser({}, {}); // a user of another tenant says nothing here
}

void EffectiveAccessDock::setUser(const QString &userId, const QString &label)
{
    m_userId = userId;
    m_userLabel = label;
    ++m_checkSerial; // an answer on its way was about someone else
    m_model->setSubject(m_tenantId, userId);
    if (!m_built)
        return; // build() shows it
    ui.resultLabel->clear();
    showUser();
    reload();
}

void EffectiveAccessDock::showUser()
{
    const bool hasUser = !m_userId.isEmpty() && !m_tenantId.isEmpty();
    ui.checkGroup->setEnabled(hasUser);
    ui.userLabel->setText(hasUser ? m_userLabel
                                  : tr("Select a membership to see that user's access."));
}

// The tenant-wide grant, which the table shows folded into every workspace.
void EffectiveAccessDock::reload()
{
    const quint64 serial = ++m_serial;
    if (!m_built)
        return;
    if (m_userId.isEmpty() || m_tenantId.isEmpty()) {
        ui.tenantWideLabel->clear();
        return;
    }
    m_session->worker()->run<Result<TenantRole>>(
            this,
            [tenantId = m_tenantId, userId = m_userId](const Database &db, const Actor &actor) {
                return EffectiveAccess(db, actor).tenantWideRole(tenantId, userId);
            },
            [this, serial](Result<TenantRole> role) {
                if (serial != m_serial)
                    return;
                if (!role)
                    ui.tenantWideLabel->setText(role.error().message);
                else if (*role == TenantRole::None)
                    ui.tenantWideLabel->setText(tr("No tenant-wide grant in %1: access comes from "
                                                   "workspace grants only.")
                                                        .arg(m_tenantName));
                else
                    ui.tenantWideLabel->setText(
                            tr("Tenant-wide grant in %1: <b>%2</b>, which applies to every "
                               "workspace.")
                                    .arg(m_tenantName.toHtmlEscaped(), tenantRoleName(*role)));
            });
}

void EffectiveAccessDock::fillScopes()
{
    if (!m_built)
        return;
    const QString kept = ui.scopeCombo->currentData().toString();
    const QSignalBlocker blocker(ui.scopeCombo);
    ui.scopeCombo->clear();
    if (m_tenantId.isEmpty())
        return;
    ui.scopeCombo->addItem(tr("Tenant %1").arg(m_tenantName), QString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, MembershipAccessModel::WorkspaceColumn);
        ui.scopeCombo->addItem(tr("Workspace %1").arg(index.data().toString()),
                               index.data(ModelRoles::IdRole));
    }
    ui.scopeCombo->setCurrentIndex(qMax(0, ui.scopeCombo->findData(kept)));
}

void EffectiveAccessDock::updateRoleBox()
{
    const auto action = Action(ui.actionCombo->currentData().toInt());
    const bool roles = action == Action::ManageTenantRole || action == Action::ManageWorkspaceRole;
    ui.roleCombo->setVisible(roles);
    ui.roleLabel->setVisible(roles);
}

void EffectiveAccessDock::check()
{
    build();
    if (m_userId.isEmpty() || m_tenantId.isEmpty())
        return;
    const auto action = Action(ui.actionCombo->currentData().toInt());
    AccessTarget target{m_tenantId, ui.scopeCombo->currentData().toString(), TenantRole::None};
    if (action == Action::ManageTenantRole || action == Action::ManageWorkspaceRole)
        target.role = TenantRole(ui.roleCombo->currentData().toInt());
    const quint64 serial = ++m_checkSerial;
    ui.resultLabel->setText(tr("Asking…"));
    m_session->worker()->run<Result<AccessDecision>>(
            this,
            [userId = m_userId, action, target](const Database &db, const Actor &actor) {
                return EffectiveAccess(db, actor).check(userId, action, target);
            },
            [this, serial](Result<AccessDecision> decision) {
                if (serial != m_checkSerial)
                    return;
                if (!decision) {
                    ui.resultLabel->setText(decision.error().message.toHtmlEscaped());
                    Q_EMIT checked(false);
                    return;
                }
                // The message starts with "Allowed" or "Refused": the mark only colours it.
                const QString mark = decision->allowed
                        ? QStringLiteral("<b style=\"color:#1e8449\">✔</b>")
                        : QStringLiteral("<b style=\"color:#c0392b\">✘</b>");
                ui.resultLabel->setText(tr("%1 %2<br><small><i>Rule:</i> %3</small>")
                                                .arg(mark, decision->message().toHtmlEscaped(),
                                                     decision->rule.toHtmlEscaped()));
                Q_EMIT checked(decision->allowed);
            });
}

void EffectiveAccessDock::closeEvent(QCloseEvent *event)
{
    QSettings(settingsOrganization(), settingsApplication()).setValue(shownSetting(), false);
    QDockWidget::closeEvent(event);
}

void EffectiveAccessDock::showEvent(QShowEvent *event)
{
    build();
    QDockWidget::showEvent(event);
}

void EffectiveAccessDock::setRelevant(bool relevant)
{
    if (!relevant) {
        hide();
        return;
    }
    build();
    const QSettings settings(settingsOrganization(), settingsApplication());
    setVisible(settings.value(shownSetting(), true).toBool());
}

} // namespace tenantdesk
