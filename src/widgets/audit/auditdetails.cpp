#include "widgets/audit/auditdetails.h"

#include "models/lists/auditlistmodel.h"

#include "core/audit/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace tenantdesk::AuditDetails {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::AuditDetails::Strings)
};

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    if (value.isUndefined() || value.isNull())
        return {};
    return value.toVariant().toString();
}

QString pre(const QString &text)
{
    return QStringLiteral("<pre style=\"margin:0\">%1</pre>").arg(text.toHtmlEscaped());
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
}

} // namespace

QString html(const AuditEntry &entry, bool broken)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(entry.payloadJson.toUtf8(), &error);
    const QJsonObject payload = document.object();
    QString out;
    if (broken)
        out += QStringLiteral("<p style=\"color:#c0392b\"><b>%1</b></p>")
                       .arg(Strings::tr(
                                    "Verification failed at this entry: its content or its link to "
                                    "the entry before it was changed after it was written.")
                                    .toHtmlEscaped());
    out += QStringLiteral("<h3>%1</h3><table>")
                   .arg(Strings::tr("Entry %1: %2")
                                .arg(entry.seq)
                                .arg(entry.eventType)
                                .toHtmlEscaped());
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(entry.createdAt);
    out += row(Strings::tr("When"), QLocale().toString(when, QLocale::LongFormat).toHtmlEscaped());
    out += row(Strings::tr("Actor"), AuditListModel::actorOf(payload).toHtmlEscaped());
    out += row(Strings::tr("Target"), AuditListModel::targetOf(payload).toHtmlEscaped());
    out += QStringLiteral("</table>");

    if (error.error != QJsonParseError::NoError) {
        out += QStringLiteral("<p>%1</p>")
                       .arg(Strings::tr("The payload is not valid JSON:").toHtmlEscaped());
        out += pre(entry.payloadJson);
    } else {
        const QString before = pretty(payload.value(QLatin1String("before")));
        const QString after = pretty(payload.value(QLatin1String("after")));
        if (payload.contains(QLatin1String("before")) || payload.contains(QLatin1String("after"))) {
            const auto side = [](const QString &text) {
                return text.isEmpty() || text == QLatin1String("{\n}\n")
                        ? QStringLiteral("<i>%1</i>").arg(Strings::tr("(nothing)"))
                        : pre(text);
            };
            out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "border=\"1\"><tr><th align=\"left\">%1</th><th "
                                  "align=\"left\">%2</th></tr><tr><td valign=\"top\">%3</td><td "
                                  "valign=\"top\">%4</td></tr></table>")
                           .arg(Strings::tr("Before").toHtmlEscaped(),
                                Strings::tr("After").toHtmlEscaped(), side(before), side(after));
        }
        out += QStringLiteral("<h4>%1</h4>").arg(Strings::tr("Payload").toHtmlEscaped());
        out += pre(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    }
    out += QStringLiteral("<h4>%1</h4><table>").arg(Strings::tr("Chain").toHtmlEscaped());
    out += row(Strings::tr("Hash"),
               QStringLiteral("<code>%1</code>").arg(entry.hash.toHtmlEscaped()));
    out += row(Strings::tr("Previous hash"),
               QStringLiteral("<code>%1</code>").arg(entry.prevHash.toHtmlEscaped()));
    out += row(Strings::tr("Signature"),
               entry.signature.isEmpty() ? Strings::tr("not signed").toHtmlEscaped()
                                         : QStringLiteral("%1 <code>%2</code>")
                                                   .arg(entry.signatureAlg.toHtmlEscaped(),
                                                        entry.signature.toHtmlEscaped()));
    out += QStringLiteral("</table>");
    return out;
}

} // namespace tenantdesk::AuditDetails
