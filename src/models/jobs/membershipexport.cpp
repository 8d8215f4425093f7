#include "models/jobs/membershipexport.h"

#include "core/csv/csv.h"
#include "core/csv/membershipcsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tenantdesk::MembershipExport {

Result<qint64> write(const Database &db, const Actor &actor, const MembershipQuery &query,
                     const QString &path)
{
    auto csv = MembershipCsv(db, actor).exportRows(query);
    if (!csv)
        return csv.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit())
        return failure(
                QCoreApplication::translate("tenantdesk::MembershipExport", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
    auto records = Csv::parse(*csv);
    return records ? qint64(records->size()) - 1 : 0; // without the header
}

} // namespace tenantdesk::MembershipExport
