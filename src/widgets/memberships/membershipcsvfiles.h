#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace tenantdesk {

class MembershipsPage;
class Session;

// The memberships page's CSV files: Import CSV… opens CsvImportDialog (its preview and its
// write) for the page's tenant, Export CSV… writes what the page's filter shows, through core's
// MembershipCsv on the worker. Apart from the page, whose subject is the table and its edits.
class MembershipCsvFiles : public QObject
{
    Q_OBJECT

public:
    MembershipCsvFiles(Session *session, MembershipsPage *page);

    void importCsv();
    // Asks for the file, then exports to it.
    void exportCsv();
    // Writes what the current filter shows to path as CSV; done gets whether it worked.
    void exportTo(const QString &path, std::function<void(bool)> done = {});

private:
    Session *m_session;
    MembershipsPage *m_page;
};

} // namespace tenantdesk
