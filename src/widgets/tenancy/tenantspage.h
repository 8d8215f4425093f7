#pragma once

#include "widgets/tenancy/tenancylistpage.h"

namespace tenantdesk {

class TenantListModel;
class TenantTransfer;

// The tenants the signed-in user may see: search, sort, create, rename, edit settings and
// delete, each action enabled only where AccessPolicy allows it. Enter or a double click
// makes a tenant the active context.
class TenantsPage : public TenancyListPage
{
    Q_OBJECT

public:
    explicit TenantsPage(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Tenants"); }
    QIcon icon() const override;

    TenantListModel *model() const { return m_model; }
    TenantTransfer *transfer() const { return m_transfer; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

protected:
    QString countText(int rows) const override;
    QString emptyText(bool filtered) const override;
    void activateRow(const QModelIndex &index) override;
    std::optional<QString> createScope() const override { return QString(); }
    QString createIntro() const override;
    std::optional<Item> contextItem() const override;

private:
    TenantListModel *m_model;
    TenantTransfer *m_transfer;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
};

} // namespace tenantdesk
