#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// The canonical JSON that the audit trail and the sales journal hash: keys sorted by code point, no
/// whitespace, raw UTF-8, only `"`, `\` and control characters escaped, whole numbers only. Byte for
/// byte what Python writes with json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
/// so that an auditor can recompute every hash without Madang's code.
namespace madang::canonical {

/// A JSON string literal of text.
void appendString(QByteArray &out, const QString &text);
/// Appends value; false (out then holds a partial value) if it holds a fraction anywhere.
bool appendValue(QByteArray &out, const QJsonValue &value);
/// The canonical form of object; a fraction anywhere is InvalidInput.
Result<QByteArray> json(const QJsonObject &object);
/// Lowercase hex SHA-256 of the ASCII prev followed by canonical: how each chain links its entries.
QString chainHash(const QString &prev, const QByteArray &canonical);
/// "0000…0000" (64 zeros): the prev of a chain's first entry.
QString genesisHash();

/// Appends `[e1,e2,…]`, each element written by write(out, element), which returns false for one it could
/// not write; false then.
template <typename List, typename Write> bool appendArray(QByteArray &out, const List &list, Write write)
{
    out += '[';
    bool ok = true;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        ok = write(out, list.at(i)) && ok;
    }
    out += ']';
    return ok;
}

/// Writes one object in canonical form straight from the caller's data, for a hot path (the sale's journal
/// body) that would otherwise build a QJsonObject only to serialise it. Members must be written in
/// code-point order of their keys (plain ASCII literals: they are written without escaping); one out of
/// order makes close() return false, and the caller refuses.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray &out);

    /// Writes the key (and the comma before it) and returns out, for the caller to append the value.
    QByteArray &key(QLatin1StringView key);
    void string(QLatin1StringView key, const QString &value) { appendString(this->key(key), value); }
    void integer(QLatin1StringView key, qint64 value) { this->key(key) += QByteArray::number(value); }
    /// Any JSON value, through appendValue; a fraction makes close() return false.
    void value(QLatin1StringView key, const QJsonValue &value);
    /// Ends the object; false if a key came out of order or a value held a fraction.
    [[nodiscard]] bool close();

private:
    QByteArray &m_out;
    QByteArray m_last; // a copy: a key's storage need not outlive the call
    bool m_first = true;
    bool m_ok = true;
};

} // namespace madang::canonical
