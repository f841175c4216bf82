#pragma once

#include "error.h"

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

} // namespace madang::canonical
