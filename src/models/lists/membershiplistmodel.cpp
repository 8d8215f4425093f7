#include "models/lists/membershiplistmodel.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace tenantdesk {

// GrantRights by "tenant id|workspace id". Page jobs fill it on the worker thread before
// their rows reach the model, so a row is never shown editable before its rights are known.
class MembershipListModel::RightsCache
{
public:
    static QString key(const QString &tenantId, const QString &workspaceId)
    {
        return tenantId + QLatin1Char('|') + workspaceId;
    }

    std::optional<GrantRights> find(const QString &tenantId, const QString &workspaceId) const
    {
        const QMutexLocker lock(&m_mutex);
        const auto found = m_byScope.constFind(key(tenantId, workspaceId));
        if (found == m_byScope.cend())
            return std::nullopt;
        return *found;
    }

    bool contains(const QString &tenantId, const QString &workspaceId) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_byScope.contains(key(tenantId, workspaceId));
    }

    void insert(const QString &tenantId, const QList<GrantRights> &rights)
    {
        const QMutexLocker lock(&m_mutex);
        for (const GrantRights &scope : rights)
            m_byScope.insert(key(tenantId, scope.workspaceId), scope);
    }

    void clear()
    {
        const QMutexLocker lock(&m_mutex);
        m_byScope.clear();
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, GrantRights> m_byScope;
};

MembershipListModel::MembershipListModel(DatabaseWorker *worker, QObject *parent)
    : KeysetTableModel<Membership>(worker, parent)
    , m_rights(std::make_shared<RightsCache>())
{
    restart();
}

int MembershipListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Membership &membership = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn:
            if (membership.isOrphaned())
                return membership.userLabel();
            return tr("%1 (%2)").arg(membership.username, membership.email);
        case ScopeColumn:
            if (membership.isTenantWide())
                return tr("Tenant-wide");
            return tr("%1 (%2)").arg(membership.workspaceName, membership.workspaceSlug);
        case RoleColumn:
            return tenantRoleName(membership.role);
        case GrantedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(membership.createdAt),
                                      QLocale::ShortFormat);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case UserColumn:
            return membership.username;
        case ScopeColumn:
            return membership.workspaceSlug;
        case RoleColumn:
            return int(membership.role);
        case GrantedColumn:
            return QDateTime::fromMSecsSinceEpoch(membership.createdAt);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UserColumn:
            if (membership.isOrphaned())
                return tr("User %1 no longer exists: aistack deleted the user but kept this "
                          "membership. It never counts as an admin; remove it, or remove all "
                          "such memberships of the tenant at once.")
                        .arg(membership.userId);
            return tr("%1, user id %2").arg(membership.email, membership.userId);
        case ScopeColumn:
            return membership.isTenantWide()
                    ? tr("A tenant-wide grant applies to every workspace of the tenant.")
                    : tr("Granted on the workspace %1 only.").arg(membership.workspaceSlug);
        case RoleColumn: {
            const auto rights = rightsAt(membership.workspaceId);
            if (!rights)
                return {};
            if (!rights->mayManage(membership.role))
                return tr("You cannot change this role. %1").arg(rights->refusal);
            return tr("Double-click or press F2 to change the role.");
        }
        case GrantedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(membership.createdAt),
                                      QLocale::LongFormat);
        }
        break;
    case Qt::FontRole:
        if (index.column() == ScopeColumn && membership.isTenantWide()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ModelRoles::IdRole:
        return QString::number(membership.rowId);
    case ModelRoles::RowRole:
        return QVariant::fromValue(membership);
    case GrantableRolesRole: {
        QVariantList roles;
        if (const auto rights = rightsAt(membership.workspaceId)) {
            for (TenantRole grantable : rights->roles())
                roles << int(grantable);
        }
        return roles;
    }
    case ManageableRole: {
        const auto rights = rightsAt(membership.workspaceId);
        return rights && rights->mayManage(membership.role);
    }
    case RefusalRole: {
        const auto rights = rightsAt(membership.workspaceId);
        return rights ? rights->refusal : QString();
    }
    }
    return {};
}

QVariant MembershipListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case ScopeColumn:
        return tr("Scope");
    case RoleColumn:
        return tr("Role");
    case GrantedColumn:
        return tr("Granted");
    }
    return {};
}

Qt::ItemFlags MembershipListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = KeysetTableModel<Membership>::flags(index);
    if (!index.isValid() || index.column() != RoleColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return flags;
    const Membership &membership = rowAt(index.row());
    const auto rights = rightsAt(membership.workspaceId);
    if (rights && rights->mayManage(membership.role) && rights->roles().size() > 1)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MembershipListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Membership &membership = rowAt(index.row());
    const auto wanted = TenantRole(value.toInt());
    if (wanted == membership.role)
        return false;
    // Not written here: the change goes through the service (and the undo history), and the
    // refresh after it shows the stored role, or the old one when core refused.
    Q_EMIT roleChangeRequested(membership, wanted);
    return true;
}

QHash<int, QByteArray> MembershipListModel::roleNames() const
{
    auto names = KeysetTableModel<Membership>::roleNames();
    names.insert(ModelRoles::IdRole, "id");
    names.insert(ModelRoles::RowRole, "membership");
    names.insert(GrantableRolesRole, "grantableRoles");
    names.insert(ManageableRole, "manageable");
    names.insert(RefusalRole, "refusal");
    return names;
}

void MembershipListModel::setTenantId(const QString &tenantId)
{
    if (tenantId == m_query.tenantId)
        return;
    m_query.tenantId = tenantId;
    m_query.workspaceScope.reset(); // the old tenant's workspace means nothing here
    m_rights->clear();
    restart();
}

void MembershipListModel::setWorkspaceScope(const std::optional<QString> &scope)
{
    if (scope == m_query.workspaceScope)
        return;
    m_query.workspaceScope = scope;
    restart();
}

void MembershipListModel::setFilter(const QString &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    restart();
}

std::optional<GrantRights> MembershipListModel::rightsAt(const QString &workspaceId) const
{
    return m_rights->find(m_query.tenantId, workspaceId);
}

QString MembershipListModel::refusalFor(const QList<Membership> &memberships, TenantRole role) const
{
    if (memberships.isEmpty())
        return tr("Select one or more memberships first.");
    bool anyDifferent = role == TenantRole::None;
    // The first row that may not be changed decides the reason.
    for (const Membership &membership : memberships) {
        const auto rights = rightsAt(membership.workspaceId);
        if (!rights)
            return tr("checking what you may change…");
        if (!rights->mayManage(membership.role)
            || (role != TenantRole::None && !rights->roles().contains(role)))
            return tr("%1 (%2): %3")
                    .arg(membership.userLabel(),
                         membership.isTenantWide()
                                 ? tr("tenant-wide")
                                 : tr("workspace %1").arg(membership.workspaceSlug),
                         rights->refusal);
        anyDifferent = anyDifferent || membership.role != role;
    }
    return anyDifferent ? QString() : tr("the selection already has this role.");
}

MembershipListModel::PageJob MembershipListModel::pageJob(const Membership *last, int limit) const
{
    MembershipQuery query = m_query;
    query.limit = limit;
    query.afterRowId = last ? last->rowId : 0;
    // A first page is also what refresh() loads: then every scope is asked again, since
    // another writer may have changed the signed-in user's own roles.
    const bool askAgain = last == nullptr;
    return [query, askAgain, cache = m_rights](const Database &db,
                                               const Actor &actor) -> Result<QList<Membership>> {
        if (query.tenantId.isEmpty())
            return QList<Membership>();
        auto rows = MembershipService(db, actor).list(query);
        if (!rows)
            return rows;
        QSet<QString> seen;
        QStringList scopes;
        const auto want = [&](const QString &workspaceId) {
            if (seen.contains(workspaceId))
                return;
            seen.insert(workspaceId);
            if (askAgain || !cache->contains(query.tenantId, workspaceId))
                scopes << workspaceId;
        };
        want(QString()); // tenant-wide: adding members depends on it
        if (query.workspaceScope)
            want(*query.workspaceScope);
        for (const Membership &membership : std::as_const(*rows))
            want(membership.workspaceId);
        if (!scopes.isEmpty()) {
            auto rights = EffectiveAccess(db, actor).grantRights(query.tenantId, scopes);
            if (!rights)
                return rights.error();
            cache->insert(query.tenantId, *rights);
        }
        return rows;
    };
}

} // namespace tenantdesk
