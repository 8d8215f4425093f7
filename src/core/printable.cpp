#include "core/printable.h"

#include <QChar>
#include <QStringDecoder>

namespace tenantdesk {

namespace {

void appendEscape(QString &out, char16_t unit)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1String("\\u");
    out += QLatin1Char(hex[(unit >> 12) & 0xf]);
    out += QLatin1Char(hex[(unit >> 8) & 0xf]);
    out += QLatin1Char(hex[(unit >> 4) & 0xf]);
    out += QLatin1Char(hex[unit & 0xf]);
}

} // namespace

bool isHiddenCharacter(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c == 0x200c || c == 0x200d) // zero-width non-joiner and joiner
        return false;
    if (QChar::isNonCharacter(c) || QChar::isSurrogate(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

std::optional<char32_t> firstHiddenCharacter(const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isHiddenCharacter(c))
            return c;
    }
    return std::nullopt;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+")
            + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString visibleText(const QString &text, LineBreaks lineBreaks)
{
    if (!firstHiddenCharacter(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(unit, text.at(i + 1));
            if (isHiddenCharacter(c)) {
                appendEscape(out, unit.unicode());
                appendEscape(out, text.at(i + 1).unicode());
            } else {
                out += unit;
                out += text.at(i + 1);
            }
            ++i;
            continue;
        }
        const char16_t c = unit.unicode();
        const bool keep = lineBreaks == LineBreaks::Keep
                && (c == u'\n' || (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n'));
        if (!keep && isHiddenCharacter(c))
            appendEscape(out, c);
        else
            out += unit;
    }
    return out;
}

QString exactTextOfUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

} // namespace tenantdesk
