#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tenantdesk {

// Text that reaches a reader (a terminal, a label, an error message) must show what it holds.
// These are the characters that do not: they steer the terminal, reorder the text around
// them or show as nothing.

// True for control characters (C0, DEL, C1), format characters (bidi embeddings, overrides
// and isolates, zero-width spaces, the BOM, tags; the zero-width joiner and non-joiner are
// kept, as emoji and several scripts need them), line and paragraph separators,
// noncharacters (U+FFFE, U+FFFF, ...) and lone surrogates.
bool isHiddenCharacter(char32_t c);

// The first hidden character of text (a lone surrogate as itself), if any.
std::optional<char32_t> firstHiddenCharacter(const QString &text);

// "U+202E", how messages name a character.
QString codePointName(char32_t c);

enum class LineBreaks { Escape, Keep };

// text with every hidden character written as JSON writes an escape (\u202e; a character
// beyond U+FFFF as its surrogate pair), so that it can neither steer a terminal nor hide.
// With LineBreaks::Keep, '\n' and a '\r' directly before it stay as they are. The result is
// still valid inside a JSON string, where it means the same text.
QString visibleText(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);

// UTF-8 as text, every character kept: unlike QString::fromUtf8, a leading U+FEFF is not
// dropped as a byte order mark. (Invalid sequences become U+FFFD.)
QString exactTextOfUtf8(QByteArrayView utf8);

} // namespace tenantdesk
