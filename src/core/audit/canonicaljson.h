#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace tenantdesk {

// JSON exactly as aistack writes it into the audit chain: object keys sorted recursively by
// UTF-16 code units, no white space, strings and numbers as JavaScript's JSON.stringify
// writes them. The result is UTF-8.
QByteArray canonicalJson(const QJsonValue &value);

// JSON text (UTF-8) read as JavaScript's JSON.parse reads it and written canonically: what
// aistack's verifier computes from a stored payload_json. Nothing when the text is not JSON
// (or nests deeper than 512 levels). Every string keeps every code unit it holds.
std::optional<QByteArray> canonicalJsonOfText(const QByteArray &utf8);

// A number as JavaScript's Number.prototype.toString writes it ("1e+21", "0.000001").
QByteArray javaScriptNumber(double value);

// A string as JSON.stringify writes it, quotes included, appended to out (control characters
// and lone surrogates as \uXXXX).
void appendJavaScriptString(QByteArray &out, QStringView text);

} // namespace tenantdesk
