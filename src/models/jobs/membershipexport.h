#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/membershipservice.h"

#include <QString>

namespace tenantdesk {

class Database;

namespace MembershipExport {

// Writes the memberships `query` matches (every page) to path as a membership CSV file, in
// MembershipCsv's format; the file appears whole or not at all. Runs where the database is
// (the worker thread). Returns the number of memberships written.
Result<qint64> write(const Database &db, const Actor &actor, const MembershipQuery &query,
                     const QString &path);

} // namespace MembershipExport

} // namespace tenantdesk
