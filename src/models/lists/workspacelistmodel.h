#pragma once

#include "models/lists/namedlistmodel.h"

namespace tenantdesk {

// The workspaces of one tenant that the signed-in user may see, loaded page by page.
// Columns: NamedRowColumns; ModelRoles::RowRole holds the Workspace.
class WorkspaceListModel : public NamedListModel<Workspace>
{
    Q_OBJECT

public:
    explicit WorkspaceListModel(DatabaseWorker *worker, QObject *parent = nullptr);

    QString tenantId() const { return m_tenantId; }
    // An empty id shows nothing.
    void setTenantId(const QString &tenantId);

protected:
    Source source() const override;

private:
    QString m_tenantId;
};

} // namespace tenantdesk
