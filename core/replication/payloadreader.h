#pragma once

#include "base/error.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace madang {

struct OutboxOp;

/// Reads an op's payload back field by field for an applier. Every field is required and must have the
/// type the writer gave it; the first one that does not is kept, and status() then refuses the op
/// (InvalidInput, naming the op and the field). Reads after a failure return empty values.
class PayloadReader
{
public:
    static constexpr qsizetype kMaxStringLength = 4096;

    explicit PayloadReader(const OutboxOp &op);

    /// Text of at most kMaxStringLength characters (no field an op carries is longer; the domain's own text
    /// rules then apply their tighter limits).
    QString string(QLatin1String key);
    qint64 integer(QLatin1String key);
    int number(QLatin1String key); ///< an integer that fits in an int
    bool boolean(QLatin1String key);
    QJsonArray array(QLatin1String key);
    QJsonObject object(QLatin1String key);
    QDate date(QLatin1String key); ///< "YYYY-MM-DD"

    /// Done, or the first field that was missing or of the wrong type.
    [[nodiscard]] Status status() const;
    /// The refusal of op for a field its applier found wrong after reading it (a value out of range, an
    /// unknown code): the same message status() gives.
    [[nodiscard]] static Error refusal(const OutboxOp &op, const QString &field);
    [[nodiscard]] bool ok() const { return m_bad.isEmpty(); }

private:
    QJsonValue take(QLatin1String key);
    void fail(QLatin1String key);

    const QJsonObject &m_payload;
    QString m_op;
    QString m_bad;
};

} // namespace madang
