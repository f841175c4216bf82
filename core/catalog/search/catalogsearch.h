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
};

} // namespace madang
