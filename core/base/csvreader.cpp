#include "base/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

int firstInvalidUtf8Line(const QByteArray &data)
{
    int line = 1;
    for (const QByteArray &chunk : data.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(chunk);
        if (decoder.hasError()) {
            return line;
        }
        ++line;
    }
    return 0;
}
} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray &data, int *errorLine)
{
    const auto fail = [errorLine](int at, const QString &reason) {
        if (errorLine != nullptr) {
            *errorLine = at;
        }
        return makeError(ErrorCode::InvalidInput, reason);
    };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return fail(firstInvalidUtf8Line(data), Text::tr("the file is not valid UTF-8 text; save it as \"CSV UTF-8\""));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }

    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool wasQuoted = false;
    const qsizetype n = text.size();
    const auto endRecord = [&] {
        record.fields << field;
        // A blank line is not a record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !wasQuoted)) {
            records << record;
        }
        field.clear();
        wasQuoted = false;
        record = CsvRecord{line + 1, {}};
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                return fail(line, Text::tr("a quote appears inside an unquoted field"));
            }
            inQuotes = true;
            wasQuoted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else {
            if (wasQuoted) {
                return fail(line, Text::tr("text follows a closing quote"));
            }
            field += c;
        }
    }
    if (inQuotes) {
        return fail(record.line, Text::tr("a quoted field is never closed"));
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted) {
        endRecord();
    }
    return records;
}

} // namespace madang
