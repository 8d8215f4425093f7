#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace tenantdesk {

// JSON exactly as aistack writes it into the audit chain: object keys sorted recursively by
// UTF-16 code units, no white space, strings and numbers as JavaScript's JSON.stringify
// writes them. The result is UTF-8.
QByteArray canonicalJson(const QJsonValue &value);

// A number as JavaScript's Number.prototype.toString writes it ("1e+21", "0.000001").
QByteArray javaScriptNumber(double value);

} // namespace tenantdesk
