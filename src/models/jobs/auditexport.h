#pragma once

#include "core/access/actor.h"
#include "core/audit/auditlog.h"
#include "core/result.h"

#include <QString>

#include <functional>

namespace tenantdesk {

class Database;

// Writes the audit entries a filter matches (newest first, every page) to a file, as CSV or
// as JSON lines. Runs where the database is (the worker thread); the file appears whole or
// not at all. The raw payload_json is kept byte for byte, so that the exported entries can
// be verified elsewhere.
namespace AuditExport {

enum class Format { Csv, JsonLines };

// `progress` gets the number of entries written so far and may return false to cancel
// (then nothing is written). Returns the number of entries written.
Result<qint64> write(const Database &db, const Actor &actor, const AuditFilter &filter,
                     const QString &path, Format format,
                     const std::function<bool(qint64)> &progress = {});

// The CSV header and the record of one entry; one JSON line of one entry.
QByteArray csvHeader();
QByteArray csvRecord(const AuditEntry &entry);
QByteArray jsonLine(const AuditEntry &entry);

} // namespace AuditExport

} // namespace tenantdesk
