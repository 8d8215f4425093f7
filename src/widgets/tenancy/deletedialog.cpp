#include "widgets/tenancy/deletedialog.h"

#include "widgets/common/icons.h"

#include <QPushButton>

namespace tenantdesk {

DeleteDialog::DeleteDialog(Kind kind, const QString &name, const QString &slug,
                           const DeletionImpact &impact, QWidget *parent)
    : QDialog(parent)
    , m_slug(slug)
{
    ui.setupUi(this);
    const bool tenant = kind == Kind::Tenant;
    // The title names the target, so the admin sees what goes before reading further.
    setWindowTitle(tenant ? tr("Delete Tenant %1").arg(name) : tr("Delete Workspace %1").arg(name));
    ui.iconLabel->setPixmap(Icons::themed(QStringLiteral("dialog-warning")).pixmap(32, 32));

    const QString what = tenant
            ? tr("the tenant <b>%1</b> (%2)").arg(name.toHtmlEscaped(), slug.toHtmlEscaped())
            : tr("the workspace <b>%1</b> (%2)").arg(name.toHtmlEscaped(), slug.toHtmlEscaped());
    const QString memberships = tr("%n membership(s)", nullptr, int(impact.memberships));
    const QString consequences = tr("<p>People who worked there lose access at once. The deletion "
                                    "is recorded in the audit log and cannot be undone.</p>");
    if (tenant) {
        const QString workspaces = tr("%n workspace(s)", nullptr, int(impact.workspaces));
        ui.messageLabel->setText(tr("<p>This permanently deletes %1 together with %2 and %3.</p>%4")
                                         .arg(what, workspaces, memberships, consequences));
    } else {
        ui.messageLabel->setText(tr("<p>This permanently deletes %1 together with %2.</p>%3")
                                         .arg(what, memberships, consequences));
    }
    ui.messageLabel->setAccessibleDescription(ui.messageLabel->text());
    ui.footprintLabel->setVisible(!impact.footprint.isEmpty());
    ui.footprintLabel->setText(tr("It owns: %1.").arg(impact.footprint.join(QStringLiteral("; "))));
    m_ownsData = impact.dataRows > 0;
    ui.withDataCheck->setVisible(m_ownsData);
    ui.withDataCheck->setText(tr("Also delete the %n data row(s) it owns (they cannot be restored)",
                                 nullptr, int(impact.dataRows)));
    ui.confirmLabel->setText(tr("Type <b>%1</b> to confirm:").arg(slug.toHtmlEscaped()));
    ui.confirmEdit->setPlaceholderText(slug);

    m_deleteButton
            = ui.buttonBox->addButton(tenant ? tr("&Delete tenant") : tr("&Delete workspace"),
                                      QDialogButtonBox::DestructiveRole);
    m_deleteButton->setIcon(Icons::themed(QStringLiteral("edit-delete")));
    m_deleteButton->setEnabled(false);
    ui.buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui.confirmEdit, &QLineEdit::textChanged, this, &DeleteDialog::updateDeleteButton);
    connect(ui.withDataCheck, &QCheckBox::toggled, this, &DeleteDialog::updateDeleteButton);
    ui.confirmEdit->setFocus();
}

void DeleteDialog::updateDeleteButton()
{
    m_deleteButton->setEnabled(ui.confirmEdit->text() == m_slug
                               && (!m_ownsData || ui.withDataCheck->isChecked()));
}

bool DeleteDialog::withData() const
{
    return m_ownsData && ui.withDataCheck->isChecked();
}

QString DeleteDialog::typedSlug() const
{
    return ui.confirmEdit->text();
}

} // namespace tenantdesk
