#pragma once

#include "ui_deletedialog.h"

#include "core/tenancy/tenancytypes.h"

#include <QDialog>

class QPushButton;

namespace tenantdesk {

// Confirms deleting a tenant or workspace: names it, says what goes with it (counts of
// workspaces and memberships from core's deletionImpact, and its footprint where one was
// counted) and only enables Delete once the admin has typed the slug and, when it owns data
// rows, chosen to delete them too.
class DeleteDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Tenant, Workspace };

    DeleteDialog(Kind kind, const QString &name, const QString &slug, const DeletionImpact &impact,
                 QWidget *parent = nullptr);

    QString typedSlug() const;
    // The admin ticked "also delete the data rows".
    bool withData() const;
    QPushButton *deleteButton() const { return m_deleteButton; }

private:
    Ui::DeleteDialog ui;
    void updateDeleteButton();

    QString m_slug;
    bool m_ownsData = false;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace tenantdesk
