#pragma once

#include <QChar>
#include <QSet>
#include <QString>

namespace tenantdesk {

// Alt+letter mnemonics ("&File"): which letter a text claims, and a text with a letter that
// no sibling claims yet, so that menus added at run time (a page's menu) never share one.
namespace Mnemonics {

// The lower-case letter after a single '&', or a null QChar.
QChar of(const QString &text);

// text with its mnemonic on a letter not in used (the first letter of a word first, then any
// letter), which is then added to used. Without a free letter, text has no mnemonic.
QString assign(const QString &text, QSet<QChar> &used);

} // namespace Mnemonics

} // namespace tenantdesk
