#include "widgets/memberships/membershiporphanpruning.h"

#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/memberships/membershipspage.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/membershiplistmodel.h"

#include <QMessageBox>
#include <QPushButton>

namespace tenantdesk {

MembershipOrphanPruning::MembershipOrphanPruning(Session *session, MembershipsPage *page)
    : QObject(page)
    , m_session(session)
    , m_page(page)
{ }

void MembershipOrphanPruning::prune(std::function<void(int)> done)
{
    const QString tenantId = m_page->model()->tenantId();
    if (tenantId.isEmpty())
        return;
    const auto finish = [done](int removed) {
        if (done)
            done(removed);
    };
    const auto fail = [this, finish](const QString &title, const Error &error) {
        ErrorPresenter::show(m_page, title, error);
        finish(-1);
    };
    using Orphans = Result<QList<Membership>>;
    // First only list them (a dry run), so that the question can say how many.
    m_session->worker()->run<Orphans>(
            this,
            [tenantId](const Database &db, const Actor &actor) {
                return MembershipService(db, actor).pruneOrphans(tenantId, true);
            },
            [this, tenantId, finish, fail](Orphans orphans) {
                if (!orphans) {
                    fail(MembershipsPage::tr("Could not list the memberships of deleted users"),
                         orphans.error());
                    return;
                }
                if (orphans->isEmpty()) {
                    m_session->showStatus(
                            MembershipsPage::tr("No membership of %1 belongs to a deleted user.")
                                    .arg(m_page->tenantName()));
                    finish(0);
                    return;
                }
                auto *box = new QMessageBox(
                        QMessageBox::Question,
                        MembershipsPage::tr("Remove Deleted Users' Memberships"),
                        MembershipsPage::tr("%n membership(s) of %1 belong to users who no longer "
                                            "exist. Remove them? Each removal is recorded in "
                                            "the audit log.",
                                            "", int(orphans->size()))
                                .arg(m_page->tenantName()),
                        QMessageBox::Cancel, m_page);
                box->setAttribute(Qt::WA_DeleteOnClose);
                QPushButton *remove
                        = box->addButton(MembershipsPage::tr("&Remove"), QMessageBox::AcceptRole);
                box->setDefaultButton(remove);
                connect(box, &QDialog::finished, this, [this, box, remove, tenantId, finish, fail] {
                    if (box->clickedButton() != remove) {
                        finish(-1);
                        return;
                    }
                    m_session->worker()->run<Orphans>(
                            this,
                            [tenantId](const Database &db, const Actor &actor) {
                                return MembershipService(db, actor).pruneOrphans(tenantId);
                            },
                            [this, finish, fail](Orphans removed) {
                                if (!removed) {
                                    fail(MembershipsPage::tr("Could not remove the memberships"),
                                         removed.error());
                                    return;
                                }
                                m_page->model()->refresh();
                                m_session->showStatus(MembershipsPage::tr(
                                        "Removed %n membership(s) of deleted users.", "",
                                        int(removed->size())));
                                finish(int(removed->size()));
                            });
                });
                box->open();
            });
}

} // namespace tenantdesk
