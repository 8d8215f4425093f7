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

    // The tab and menu title and the icon, known before the page is built (MainWindow builds
    // pages when first shown).
    static QString pageTitle() { return tr("Tenants"); }
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }

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
