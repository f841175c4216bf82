#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace madang {

/// One CSV record and the physical line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// RFC 4180 reader: comma separated, double-quoted fields with "" escapes and embedded
/// newlines, CRLF or LF line ends, an optional UTF-8 BOM. Strict: invalid UTF-8, an unclosed
/// quote or a quote inside an unquoted field is an error with its line.
class CsvReader
{
public:
    /// On error, *errorLine (if given) receives the line the problem is on.
    static Result<QList<CsvRecord>> parse(const QByteArray &data, int *errorLine = nullptr);
};

} // namespace madang
