#include "models/jobs/auditexport.h"

#include "models/lists/auditlistmodel.h"

#include "core/audit/auditservice.h"
#include "core/csv/csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tenantdesk::AuditExport {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::AuditExport::Strings)
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray csvHeader()
{
    return Csv::formatRecord({QStringLiteral("seq"), QStringLiteral("created_at"),
                              QStringLiteral("event_type"), QStringLiteral("actor"),
                              QStringLiteral("target"), QStringLiteral("payload_json"),
                              QStringLiteral("prev_hash"), QStringLiteral("hash"),
                              QStringLiteral("signature_alg"), QStringLiteral("signature")});
}

QByteArray csvRecord(const AuditEntry &entry)
{
    const QJsonObject payload = QJsonDocument::fromJson(entry.payloadJson.toUtf8()).object();
    return Csv::formatRecord({QString::number(entry.seq), isoTime(entry.createdAt), entry.eventType,
                              AuditListModel::actorOf(payload), AuditListModel::targetOf(payload),
                              entry.payloadJson, entry.prevHash, entry.hash, entry.signatureAlg,
                              entry.signature});
}

QByteArray jsonLine(const AuditEntry &entry)
{
    const QJsonDocument payload = QJsonDocument::fromJson(entry.payloadJson.toUtf8());
    QJsonObject line{{QStringLiteral("seq"), entry.seq},
                     {QStringLiteral("created_at"), entry.createdAt},
                     {QStringLiteral("created_at_iso"), isoTime(entry.createdAt)},
                     {QStringLiteral("event_type"), entry.eventType},
                     {QStringLiteral("payload_json"), entry.payloadJson},
                     {QStringLiteral("prev_hash"), entry.prevHash},
                     {QStringLiteral("hash"), entry.hash},
                     {QStringLiteral("signature_alg"),
                      entry.signatureAlg.isEmpty() ? QJsonValue() : QJsonValue(entry.signatureAlg)},
                     {QStringLiteral("signature"),
                      entry.signature.isEmpty() ? QJsonValue() : QJsonValue(entry.signature)}};
    if (payload.isObject())
        line.insert(QStringLiteral("payload"), payload.object());
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

Result<qint64> write(const Database &db, const Actor &actor, const AuditFilter &filter,
                     const QString &path, Format format,
                     const std::function<bool(qint64)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Strings::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (format == Format::Csv)
        file.write(csvHeader());
    const AuditService audit(db, actor);
    constexpr int kPage = 1000;
    std::optional<qint64> before;
    qint64 written = 0;
    for (;;) {
        auto page = audit.list(filter, kPage, before);
        if (!page) {
            file.cancelWriting();
            return page.error();
        }
        for (const AuditEntry &entry : std::as_const(*page))
            file.write(format == Format::Csv ? csvRecord(entry) : jsonLine(entry));
        written += page->size();
        if (progress && !progress(written)) {
            file.cancelWriting();
            return failure(Strings::tr("The export was cancelled; no file was written."));
        }
        if (page->size() < kPage)
            break;
        before = page->last().seq;
    }
    if (!file.commit())
        return failure(Strings::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace tenantdesk::AuditExport
