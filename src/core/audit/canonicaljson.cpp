#include "core/audit/canonicaljson.h"

#include "core/printable.h"

#include <QHash>
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

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = text.at(i).unicode();
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

// JSON.parse, then the canonical form, in one pass over the text: what aistack's verifier does
// with payload_json. Qt's JSON reader cannot stand in for JSON.parse here: it drops a U+FEFF
// at the start of a key, and looks keys up in another order than it stores them.
class CanonicalReader
{
public:
    explicit CanonicalReader(const QString &text)
        : m_text(text)
    { }

    std::optional<QByteArray> read()
    {
        QByteArray out;
        skipSpace();
        if (!value(out, 0))
            return std::nullopt;
        skipSpace();
        if (m_at != m_text.size())
            return std::nullopt;
        return out;
    }

private:
    // Deeper nesting than this is refused rather than followed down the stack: no entry the
    // chain's writers make comes near it.
    static constexpr int kMaxDepth = 512;

    char16_t peek() const { return m_at < m_text.size() ? m_text.at(m_at).unicode() : 0; }
    bool atEnd() const { return m_at >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char16_t c = peek();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                return;
            ++m_at;
        }
    }

    bool literal(QByteArray &out, const char *word)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (QStringView(m_text).mid(m_at, length) != QLatin1String(word))
            return false;
        m_at += length;
        out += word;
        return true;
    }

    bool value(QByteArray &out, int depth)
    {
        if (depth > kMaxDepth || atEnd())
            return false;
        switch (peek()) {
        case u'{':
            return object(out, depth + 1);
        case u'[':
            return array(out, depth + 1);
        case u'"': {
            QString text;
            if (!string(text))
                return false;
            appendString(out, text);
            return true;
        }
        case u't':
            return literal(out, "true");
        case u'f':
            return literal(out, "false");
        case u'n':
            return literal(out, "null");
        default:
            return number(out);
        }
    }

    bool object(QByteArray &out, int depth)
    {
        ++m_at; // {
        QList<std::pair<QString, QByteArray>> members;
        QHash<QString, qsizetype> indexOf;
        skipSpace();
        if (peek() == u'}') {
            ++m_at;
            out += "{}";
            return true;
        }
        for (;;) {
            skipSpace();
            QString key;
            if (peek() != u'"' || !string(key))
                return false;
            skipSpace();
            if (peek() != u':')
                return false;
            ++m_at;
            skipSpace();
            QByteArray member;
            if (!value(member, depth))
                return false;
            // JSON.parse keeps the last of duplicate keys.
            if (const auto found = indexOf.constFind(key); found != indexOf.constEnd()) {
                members[*found].second = member;
            } else {
                indexOf.insert(key, members.size());
                members.append({key, member});
            }
            skipSpace();
            if (peek() == u',') {
                ++m_at;
                continue;
            }
            if (peek() != u'}')
                return false;
            ++m_at;
            break;
        }
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        out += '{';
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i)
                out += ',';
            appendString(out, members.at(i).first);
            out += ':';
            out += members.at(i).second;
        }
        out += '}';
        return true;
    }

    bool array(QByteArray &out, int depth)
    {
        ++m_at; // [
        out += '[';
        skipSpace();
        if (peek() == u']') {
            ++m_at;
            out += ']';
            return true;
        }
        for (bool first = true;; first = false) {
            if (!first)
                out += ',';
            skipSpace();
            if (!value(out, depth))
                return false;
            skipSpace();
            if (peek() == u',') {
                ++m_at;
                continue;
            }
            if (peek() != u']')
                return false;
            ++m_at;
            out += ']';
            return true;
        }
    }

    static int hexValue(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    bool string(QString &text)
    {
        ++m_at; // "
        while (!atEnd()) {
            const char16_t c = peek();
            ++m_at;
            if (c == u'"')
                return true;
            if (c < 0x20)
                return false;
            if (c != u'\\') {
                text += QChar(c);
                continue;
            }
            if (atEnd())
                return false;
            const char16_t escaped = peek();
            ++m_at;
            switch (escaped) {
            case u'"':
            case u'\\':
            case u'/':
                text += QChar(escaped);
                break;
            case u'b':
                text += QLatin1Char('\b');
                break;
            case u'f':
                text += QLatin1Char('\f');
                break;
            case u'n':
                text += QLatin1Char('\n');
                break;
            case u'r':
                text += QLatin1Char('\r');
                break;
            case u't':
                text += QLatin1Char('\t');
                break;
            case u'u': {
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(peek());
                    if (atEnd() || digit < 0)
                        return false;
                    unit = char16_t(unit * 16 + digit);
                    ++m_at;
                }
                text += QChar(unit);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool number(QByteArray &out)
    {
        const qsizetype start = m_at;
        const auto digits = [this] {
            const qsizetype from = m_at;
            while (!atEnd() && peek() >= u'0' && peek() <= u'9')
                ++m_at;
            return m_at - from;
        };
        if (peek() == u'-')
            ++m_at;
        if (peek() == u'0')
            ++m_at;
        else if (digits() == 0)
            return false;
        if (peek() == u'.') {
            ++m_at;
            if (digits() == 0)
                return false;
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_at;
            if (peek() == u'+' || peek() == u'-')
                ++m_at;
            if (digits() == 0)
                return false;
        }
        const QByteArray ascii = QStringView(m_text).mid(start, m_at - start).toLatin1();
        double number = 0;
        const auto [end, ec] = std::from_chars(ascii.constData(), ascii.constData() + ascii.size(),
                                               number, std::chars_format::general);
        if (ec == std::errc::result_out_of_range) {
            // As Number() does: too large is Infinity (written as null), too small is 0.
            number = tooLarge(ascii) ? HUGE_VAL : 0.0;
            if (ascii.startsWith('-'))
                number = -number;
        } else if (ec != std::errc() || end != ascii.constData() + ascii.size()) {
            return false;
        }
        out += javaScriptNumber(number);
        return true;
    }

    // For a number out of a double's range: whether its magnitude is above it (else below).
    static bool tooLarge(const QByteArray &ascii)
    {
        const qsizetype e = qMax(ascii.indexOf('e'), ascii.indexOf('E'));
        const QByteArray mantissa = e < 0 ? ascii : ascii.left(e);
        const qint64 exponent = e < 0 ? 0 : ascii.mid(e + 1).toLongLong();
        // The decimal exponent of the first significant digit.
        const qsizetype point = mantissa.indexOf('.');
        QByteArray integer = point < 0 ? mantissa : mantissa.left(point);
        integer.replace('-', "");
        qint64 magnitude = 0;
        const qsizetype firstNonZero = [&] {
            for (qsizetype i = 0; i < integer.size(); ++i) {
                if (integer.at(i) != '0')
                    return i;
            }
            return qsizetype(-1);
        }();
        if (firstNonZero >= 0) {
            magnitude = integer.size() - firstNonZero - 1;
        } else {
            const QByteArray fraction = point < 0 ? QByteArray() : mantissa.mid(point + 1);
            qsizetype zeros = 0;
            while (zeros < fraction.size() && fraction.at(zeros) == '0')
                ++zeros;
            magnitude = -(zeros + 1);
        }
        return magnitude + exponent > 0;
    }

    const QString &m_text;
    qsizetype m_at = 0;
};

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

std::optional<QByteArray> canonicalJsonOfText(const QByteArray &utf8)
{
    // JSON.parse sees a leading U+FEFF, and refuses it.
    const QString text = exactTextOfUtf8(utf8);
    return CanonicalReader(text).read();
}

} // namespace tenantdesk
