#include "widgets/common/mnemonics.h"

namespace tenantdesk::Mnemonics {

QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString assign(const QString &text, QSet<QChar> &used)
{
    QString bare = text;
    bare.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    bare.remove(QLatin1Char('&'));
    // Word starts first ("Open &Recent"), then any letter.
    for (const bool wordStartsOnly : {true, false}) {
        for (qsizetype i = 0; i < bare.size(); ++i) {
            const QChar c = bare.at(i);
            const bool wordStart = i == 0 || !bare.at(i - 1).isLetterOrNumber();
            if (!c.isLetterOrNumber() || (wordStartsOnly && !wordStart)
                || used.contains(c.toLower()))
                continue;
            used.insert(c.toLower());
            QString marked = bare;
            marked.insert(i, QLatin1Char('&'));
            return marked.replace(QStringLiteral("\x01"), QStringLiteral("&&"));
        }
    }
    return bare.replace(QStringLiteral("\x01"), QStringLiteral("&&"));
}

} // namespace tenantdesk::Mnemonics
