#include "core/audit/canonicaljson.h"

#include "core/printable.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <utility>

namespace tenantdesk {

namespace {

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
            appendJavaScriptString(out, text);
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
            appendJavaScriptString(out, members.at(i).first);
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

std::optional<QByteArray> canonicalJsonOfText(const QByteArray &utf8)
{
    // JSON.parse sees a leading U+FEFF, and refuses it.
    const QString text = exactTextOfUtf8(utf8);
    return CanonicalReader(text).read();
}

} // namespace tenantdesk
