#pragma once

#include "base/error.h"

#include <QSqlDatabase>
#include <QString>

namespace madang {

/// The FTS5 index behind catalog search. Besides name, sku and barcode it indexes text that
/// Korean users type: suffixes of Hangul words ("찌개" finds "김치찌개") and initial consonants
/// ("ㄱㅊ" finds "김치찌개"), which the unicode61 tokenizer cannot give on its own.
class CatalogSearch
{
public:
    /// Derived text stored in the index's `extra` column.
    static QString extraTerms(const QString &name);
    /// The initial consonants of Hangul syllables, other characters unchanged: "김치 찌개" -> "ㄱㅊ ㅉㄱ".
    static QString initials(const QString &text);
    /// An FTS5 MATCH expression where every word of the input is a quoted prefix; empty if nothing to search.
    static QString matchExpression(const QString &userText);

    static constexpr int kOrderKeyBits = 36;
    /// The start of a name as a number of kOrderKeyBits bits that never orders two names against SQLite's
    /// `name COLLATE NOCASE`: if a sorts before b then orderKey(a) <= orderKey(b). Names that share a
    /// beginning may share a key. Letters and digits take 8 bits, Hangul syllables and initials 15; other
    /// characters are grouped by code point range and end the key.
    static quint64 orderKey(const QString &name);
    /// The text every name of this order key starts with (ASCII letters in lower case): names of the key are
    /// never before it under NOCASE.
    static QString orderKeyPrefix(quint64 key);
};

} // namespace madang
