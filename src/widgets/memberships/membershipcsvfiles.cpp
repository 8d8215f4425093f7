#include "widgets/memberships/membershipcsvfiles.h"

#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/memberships/csvimportdialog.h"
#include "widgets/memberships/membershipspage.h"

#include "models/jobs/databaseworker.h"
#include "models/lists/membershiplistmodel.h"

#include "core/csv/membershipcsv.h"

#include <QFileDialog>

namespace tenantdesk {

MembershipCsvFiles::MembershipCsvFiles(Session *session, MembershipsPage *page)
    : QObject(page)
    , m_session(session)
    , m_page(page)
{ }

void MembershipCsvFiles::importCsv()
{
    const QString tenantId = m_page->model()->tenantId();
    if (tenantId.isEmpty())
        return;
    auto *dialog = new CsvImportDialog(m_session, tenantId, m_page->tenantName(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MembershipCsvFiles::exportCsv()
{
    if (m_page->model()->tenantId().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
            m_page, MembershipsPage::tr("Export Memberships"),
            MembershipsPage::tr("%1-memberships.csv").arg(m_page->tenantSlug()),
            MembershipsPage::tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MembershipCsvFiles::exportTo(const QString &path, std::function<void(bool)> done)
{
    const MembershipQuery query = m_page->model()->query();
    m_session->worker()->run<Result<qint64>>(
            this,
            [query, path](const Database &db, const Actor &actor) {
                return MembershipCsv(db, actor).exportToFile(path, query);
            },
            [this, path, done](Result<qint64> written) {
                if (!written)
                    ErrorPresenter::show(m_page,
                                         MembershipsPage::tr("Could not export the memberships"),
                                         written.error());
                else
                    m_session->showStatus(MembershipsPage::tr("Exported %n membership(s) to %1.",
                                                              "", int(*written))
                                                  .arg(path));
                if (done)
                    done(bool(written));
            });
}

} // namespace tenantdesk
