#include "core/audit/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringView>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

namespace tenantdesk {

namespace {

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype length = text.size();
    const char16_t *const data = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < length; ++i) {
        // A run of characters written as they are (printable ASCII but quote and backslash)
        // goes in at once: ids, slugs and names are all of that, and a byte at a time cost
        // more than the rest of an audit entry's payload.
        qsizetype plain = i;
        while (plain < length && data[plain] >= 0x20 && data[plain] < 0x80 && data[plain] != u'"'
               && data[plain] != u'\\')
            ++plain;
        if (plain > i) {
            const qsizetype at = out.size();
            out.resize(at + (plain - i));
            char *bytes = out.data() + at;
            for (qsizetype k = i; k < plain; ++k)
                *bytes++ = char(data[k]);
            i = plain - 1;
            continue;
        }
        const char16_t c = data[i];
        switch (c) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        const bool high = QChar::isHighSurrogate(c);
        const bool pairs
                = high && i + 1 < length && QChar::isLowSurrogate(text.at(i + 1).unicode());
        // JSON.stringify escapes control characters and, since ES2019, lone surrogates.
        if (c < 0x20 || (QChar::isSurrogate(c) && !pairs)) {
            out += "\\u";
            out += hex[(c >> 12) & 0xf];
            out += hex[(c >> 8) & 0xf];
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
            continue;
        }
        // The UTF-8 bytes of the character, written directly: an audit entry per row of a big
        // import makes this the hot loop, and a conversion per character allocated each time.
        if (c < 0x80) {
            out += char(c);
        } else if (pairs) {
            const char32_t point = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
            out += char(0xf0 | (point >> 18));
            out += char(0x80 | ((point >> 12) & 0x3f));
            out += char(0x80 | ((point >> 6) & 0x3f));
            out += char(0x80 | (point & 0x3f));
            ++i;
        } else if (c < 0x800) {
            out += char(0xc0 | (c >> 6));
            out += char(0x80 | (c & 0x3f));
        } else {
            out += char(0xe0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        out += javaScriptNumber(value.toDouble());
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            appendValue(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        // The members are read by iterating, never looked up by key: Qt 6.4's QJsonObject
        // keeps the keys of a parsed document in code point order but looks them up in
        // UTF-16 order, so value(key) misses keys that mix emoji with characters from
        // U+E000 up, and they came out as null.
        const QJsonObject object = value.toObject();
        QList<std::pair<QString, QJsonValue>> members;
        members.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.append({it.key(), it.value()});
        // QString's operator< compares UTF-16 code units, as JavaScript's default sort does.
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        out += '{';
        bool first = true;
        for (const auto &[key, member] : std::as_const(members)) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, key);
            out += ':';
            appendValue(out, member);
        }
        out += '}';
        return;
    }
    }
}

} // namespace

QByteArray javaScriptNumber(double value)
{
    if (!std::isfinite(value))
        return "null"; // what JSON.stringify writes for NaN and Infinity
    if (value == 0)
        return "0";
    if (value < 0)
        return '-' + javaScriptNumber(-value);

    // Shortest round-trip digits, then ECMAScript's Number::toString layout.
    char buffer[64];
    const auto [end, ec]
            = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    Q_ASSERT(ec == std::errc());
    const QByteArray scientific(buffer, end - buffer);
    const qsizetype ePos = scientific.indexOf('e');
    QByteArray digits = scientific.left(ePos);
    digits.replace(".", "");
    const int k = int(digits.size());
    const int n = scientific.mid(ePos + 1).toInt() + 1;

    if (k <= n && n <= 21)
        return digits + QByteArray(n - k, '0');
    if (0 < n && n <= 21)
        return digits.left(n) + '.' + digits.mid(n);
    if (-6 < n && n <= 0)
        return "0." + QByteArray(-n, '0') + digits;
    const int e = n - 1;
    const QByteArray exponent = (e < 0 ? "e-" : "e+") + QByteArray::number(std::abs(e));
    if (k == 1)
        return digits + exponent;
    return digits.left(1) + '.' + digits.mid(1) + exponent;
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

void appendJavaScriptString(QByteArray &out, QStringView text)
{
    appendString(out, text);
}

} // namespace tenantdesk
