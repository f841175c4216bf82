#include "protocol/messages.h"

#include "replication/lastwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace madang::sync {

namespace {

Error bad(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

/// A string field that must be there and not be empty (at most maxLength characters).
Result<QString> text(const QJsonObject &o, const char *key, int maxLength = 200)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty()) {
        return bad(QStringLiteral("\"%1\" must be a non-empty string").arg(QLatin1String(key)));
    }
    if (v.toString().size() > maxLength) {
        return bad(QStringLiteral("\"%1\" is longer than %2 characters").arg(QLatin1String(key)).arg(maxLength));
    }
    return v.toString();
}

/// A whole number field (JSON numbers are doubles: anything with a fraction or beyond 2^53 is refused).
Result<qint64> integer(const QJsonObject &o, const char *key, qint64 min)
{
    const QJsonValue v = o.value(QLatin1String(key));
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (!v.isDouble() || v.toDouble() != static_cast<double>(static_cast<qint64>(v.toDouble())) ||
        qAbs(v.toDouble()) > kExact || static_cast<qint64>(v.toDouble()) < min) {
        return bad(QStringLiteral("\"%1\" must be a whole number of at least %2").arg(QLatin1String(key)).arg(min));
    }
    return static_cast<qint64>(v.toDouble());
}

Result<QJsonArray> array(const QJsonObject &o, const char *key, int maxSize)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray()) {
        return bad(QStringLiteral("\"%1\" must be an array").arg(QLatin1String(key)));
    }
    if (v.toArray().size() > maxSize) {
        return bad(QStringLiteral("\"%1\" holds %2 entries; at most %3 are taken at once")
                       .arg(QLatin1String(key))
                       .arg(v.toArray().size())
                       .arg(maxSize));
    }
    return v.toArray();
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return bad(QStringLiteral("the body is not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject()) {
        return bad(QStringLiteral("the body must be a JSON object"));
    }
    return doc.object();
}

QJsonObject PairRequest::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("public_key_pem"), publicKeyPem},
            {QStringLiteral("terminal_id"), terminalId},
            {QStringLiteral("has_data"), hasData}};
}

Result<PairRequest> PairRequest::fromJson(const QJsonObject &o)
{
    auto code = text(o, "code", 32);
    auto key = text(o, "public_key_pem", 1000);
    auto terminal = text(o, "terminal_id", 8);
    for (const auto *r : {&code, &key, &terminal}) {
        if (!*r) {
            return r->error();
        }
    }
    if (!o.value(QLatin1String("has_data")).isBool()) {
        return bad(QStringLiteral("\"has_data\" must be true or false"));
    }
    return PairRequest{code.value(), key.value(), terminal.value(), o.value(QLatin1String("has_data")).toBool()};
}

QJsonObject PairResponse::toJson() const
{
    return {{QStringLiteral("merchant_id"), merchantId},
            {QStringLiteral("merchant_name"), merchantName},
            {QStringLiteral("terminal_id"), terminalId},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("epoch"), epoch}};
}

Result<PairResponse> PairResponse::fromJson(const QJsonObject &o)
{
    PairResponse r;
    for (auto [key, field] :
         {std::pair{"merchant_id", &r.merchantId}, std::pair{"merchant_name", &r.merchantName},
          std::pair{"terminal_id", &r.terminalId}, std::pair{"device_id", &r.deviceId}, std::pair{"epoch", &r.epoch}}) {
        auto value = text(o, key);
        if (!value) {
            return value.error();
        }
        *field = value.value();
    }
    return r;
}

QJsonObject opToJson(const OutboxOp &op)
{
    QJsonObject o{{QStringLiteral("op_id"), op.opId},      {QStringLiteral("op"), op.op},
                  {QStringLiteral("version"), op.version}, {QStringLiteral("entity_id"), op.entityId},
                  {QStringLiteral("payload"), op.payload}, {QStringLiteral("created_at"), op.createdAt}};
    if (!op.hlc.isEmpty()) {
        o.insert(QStringLiteral("hlc"), op.hlc);
    }
    return o;
}

Result<OutboxOp> opFromJson(const QJsonValue &value)
{
    if (!value.isObject()) {
        return bad(QStringLiteral("every op must be a JSON object"));
    }
    const QJsonObject o = value.toObject();
    OutboxOp op;
    auto opId = text(o, "op_id", 64);
    auto name = text(o, "op", 64);
    auto entity = text(o, "entity_id", 200);
    auto created = text(o, "created_at", 40);
    for (const auto *r : {&opId, &name, &entity, &created}) {
        if (!*r) {
            return r->error();
        }
    }
    auto version = integer(o, "version", 1);
    if (!version) {
        return version.error();
    }
    if (!o.value(QLatin1String("payload")).isObject()) {
        return bad(QStringLiteral("op %1: \"payload\" must be a JSON object").arg(opId.value()));
    }
    op.opId = opId.value();
    op.op = name.value();
    op.version = static_cast<int>(qMin<qint64>(version.value(), 1000000));
    op.entityId = entity.value();
    op.createdAt = created.value();
    op.payload = o.value(QLatin1String("payload")).toObject();
    // The sync clock reading of a last-writer-wins op; the ledgers carry none.
    if (const QJsonValue hlc = o.value(QLatin1String("hlc")); !hlc.isUndefined()) {
        if (!hlc.isString() || !HybridClock::isValid(hlc.toString())) {
            return bad(QStringLiteral("op %1: \"hlc\" must be a sync clock reading like 000001765152000123-00000")
                           .arg(op.opId));
        }
        op.hlc = hlc.toString();
    }
    return op;
}

QString outcomeName(PushOutcome outcome)
{
    switch (outcome) {
    case PushOutcome::Applied:
        return QStringLiteral("applied");
    case PushOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case PushOutcome::Conflict:
        return QStringLiteral("conflict");
    case PushOutcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonObject PushResult::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId}, {QStringLiteral("outcome"), outcomeName(outcome)}};
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), reason);
    }
    return o;
}

Result<PushResult> PushResult::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    auto opId = text(o, "op_id", 64);
    auto outcome = text(o, "outcome", 16);
    if (!opId || !outcome) {
        return (!opId ? opId : outcome).error();
    }
    for (const PushOutcome known :
         {PushOutcome::Applied, PushOutcome::Duplicate, PushOutcome::Conflict, PushOutcome::Rejected}) {
        if (outcomeName(known) == outcome.value()) {
            return PushResult{opId.value(), known, o.value(QLatin1String("reason")).toString()};
        }
    }
    return bad(QStringLiteral("unknown push outcome \"%1\"").arg(outcome.value()));
}

QJsonObject pushRequestToJson(const QList<OutboxOp> &ops)
{
    QJsonArray list;
    for (const OutboxOp &op : ops) {
        list.append(opToJson(op));
    }
    return {{QStringLiteral("ops"), list}};
}

Result<QList<OutboxOp>> pushRequestFromJson(const QJsonObject &o)
{
    auto list = array(o, "ops", kMaxOpsPerPush);
    if (!list) {
        return list.error();
    }
    QList<OutboxOp> ops;
    ops.reserve(list->size());
    for (const QJsonValue &v : list.value()) {
        auto op = opFromJson(v);
        if (!op) {
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("op %1 of %2: %3").arg(ops.size() + 1).arg(list->size()).arg(op.error().message));
        }
        ops << std::move(op).value();
    }
    return ops;
}

QJsonObject pushResponseToJson(const QList<PushResult> &results)
{
    QJsonArray list;
    for (const PushResult &r : results) {
        list.append(r.toJson());
    }
    return {{QStringLiteral("results"), list}};
}

Result<QList<PushResult>> pushResponseFromJson(const QJsonObject &o)
{
    auto list = array(o, "results", kMaxOpsPerPush);
    if (!list) {
        return list.error();
    }
    QList<PushResult> results;
    for (const QJsonValue &v : list.value()) {
        auto r = PushResult::fromJson(v);
        if (!r) {
            return r.error();
        }
        results << r.value();
    }
    return results;
}

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const Change &c : changes) {
        QJsonObject o = opToJson(c.op);
        o.insert(QStringLiteral("seq"), c.seq);
        o.insert(QStringLiteral("origin"), c.origin);
        list.append(o);
    }
    return {{QStringLiteral("epoch"), epoch},
            {QStringLiteral("after_seq"), afterSeq},
            {QStringLiteral("last_seq"), lastSeq},
            {QStringLiteral("more"), more},
            {QStringLiteral("changes"), list}};
}

Result<PullPage> PullPage::fromJson(const QJsonObject &o)
{
    PullPage page;
    auto epoch = text(o, "epoch", 64);
    auto after = integer(o, "after_seq", 0);
    auto last = integer(o, "last_seq", 0);
    auto list = array(o, "changes", kMaxPullPage);
    if (!epoch || !after || !last || !list || !o.value(QLatin1String("more")).isBool()) {
        return !epoch   ? epoch.error()
               : !after ? after.error()
               : !last  ? last.error()
               : !list  ? list.error()
                        : bad(QStringLiteral("\"more\" must be true or false"));
    }
    page.epoch = epoch.value();
    page.afterSeq = after.value();
    page.lastSeq = last.value();
    page.more = o.value(QLatin1String("more")).toBool();
    if (page.lastSeq < page.afterSeq) {
        return bad(QStringLiteral("the page ends (%1) before it starts (%2)").arg(page.lastSeq).arg(page.afterSeq));
    }
    qint64 previous = page.afterSeq;
    for (const QJsonValue &v : list.value()) {
        auto op = opFromJson(v);
        auto seq = integer(v.toObject(), "seq", previous + 1);
        auto origin = text(v.toObject(), "origin", 16);
        if (!op || !seq || !origin) {
            return !op ? op.error() : !seq ? seq.error() : origin.error();
        }
        if (seq.value() > page.lastSeq) {
            return bad(QStringLiteral("change %1 lies past the page's end %2").arg(seq.value()).arg(page.lastSeq));
        }
        previous = seq.value();
        page.changes << Change{seq.value(), origin.value(), std::move(op).value()};
    }
    return page;
}

} // namespace madang::sync
