#include "replication/payloadreader.h"

#include "replication/outbox.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)
};
} // namespace

PayloadReader::PayloadReader(const OutboxOp &op) : m_payload(op.payload), m_op(op.op.left(80)) {}

QJsonValue PayloadReader::take(QLatin1String key)
{
    return ok() ? m_payload.value(key) : QJsonValue(QJsonValue::Undefined);
}

void PayloadReader::fail(QLatin1String key)
{
    if (ok()) {
        m_bad = QString(key);
    }
}

QString PayloadReader::string(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (!v.isString() || v.toString().size() > kMaxStringLength) {
        fail(key);
        return {};
    }
    return v.toString();
}

qint64 PayloadReader::integer(QLatin1String key)
{
    const QJsonValue v = take(key);
    // JSON numbers are doubles: whole ones up to 2^53 are exact.
    constexpr double kExact = 9007199254740992.0;
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > kExact) {
        fail(key);
        return 0;
    }
    return static_cast<qint64>(d);
}

int PayloadReader::number(QLatin1String key)
{
    const qint64 n = integer(key);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
        fail(key);
        return 0;
    }
    return static_cast<int>(n);
}

bool PayloadReader::boolean(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (!v.isBool()) {
        fail(key);
        return false;
    }
    return v.toBool();
}

QJsonArray PayloadReader::array(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (!v.isArray()) {
        fail(key);
        return {};
    }
    return v.toArray();
}

QJsonObject PayloadReader::object(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (!v.isObject()) {
        fail(key);
        return {};
    }
    return v.toObject();
}

QDate PayloadReader::date(QLatin1String key)
{
    const QString text = string(key);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (ok() && !day.isValid()) {
        fail(key);
    }
    return day;
}

Status PayloadReader::status() const
{
    if (ok()) {
        return Done{};
    }
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("The payload of \"%1\" has no valid \"%2\"; nothing was applied.").arg(m_op, m_bad));
}

Error PayloadReader::refusal(const OutboxOp &op, const QString &field)
{
    return makeError(
        ErrorCode::InvalidInput,
        Text::tr("The payload of \"%1\" has no valid \"%2\"; nothing was applied.").arg(op.op.left(80), field));
}

} // namespace madang
