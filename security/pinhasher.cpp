#include "pinhasher.h"

#include "crypto.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PinHasher)
};

const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kMinSaltBytes = 8;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

Result<QByteArray> strictBase64(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, {});
    }
    return decoded.decoded;
}

Result<Parsed> parse(const QString &stored)
{
    const auto malformed = [](const QString &why) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The stored PIN hash is malformed (%1); set a new PIN for this staff member.").arg(why));
    };
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4) {
        return malformed(Text::tr("expected 4 fields separated by $"));
    }
    if (parts.at(0) != kScheme) {
        return malformed(Text::tr("unknown scheme \"%1\"").arg(parts.at(0).left(32)));
    }
    bool isNumber = false;
    Parsed parsed;
    parsed.iterations = parts.at(1).toInt(&isNumber);
    const bool digitsOnly =
        !parts.at(1).isEmpty() && std::all_of(parts.at(1).cbegin(), parts.at(1).cend(),
                                              [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (!isNumber || !digitsOnly || parsed.iterations < 1 || parsed.iterations > PinHasher::kMaxIterations) {
        return malformed(Text::tr("iteration count must be 1 to %1").arg(PinHasher::kMaxIterations));
    }
    auto salt = strictBase64(parts.at(2));
    if (!salt || salt->size() < kMinSaltBytes) {
        return malformed(Text::tr("bad salt"));
    }
    auto hash = strictBase64(parts.at(3));
    if (!hash || hash->size() != PinHasher::kHashBytes) {
        return malformed(Text::tr("bad hash"));
    }
    parsed.salt = salt.value();
    parsed.hash = hash.value();
    return parsed;
}
} // namespace

PinHasher::PinHasher(QByteArray pepper, int iterations) : m_pepper(std::move(pepper)), m_iterations(iterations) {}

bool PinHasher::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 6) {
        return false;
    }
    return std::all_of(pin.cbegin(), pin.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

Result<QByteArray> PinHasher::derive(const QString &pin, const QByteArray &salt, int iterations) const
{
    if (m_pepper.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("No device pepper is loaded; PINs cannot be hashed."));
    }
    auto password = crypto::hmacSha256(m_pepper, pin.toUtf8());
    if (!password) {
        return password.error();
    }
    return crypto::pbkdf2Sha256(password.value(), salt, iterations, kHashBytes);
}

Result<QString> PinHasher::hash(const QString &pin) const
{
    if (!isValidPin(pin)) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A PIN is 4 to 6 digits."));
    }
    if (m_iterations < 1 || m_iterations > kMaxIterations) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The PIN iteration count %1 is outside 1 to %2.").arg(m_iterations).arg(kMaxIterations));
    }
    auto salt = crypto::randomBytes(kSaltBytes);
    if (!salt) {
        return salt.error();
    }
    auto derived = derive(pin, salt.value(), m_iterations);
    if (!derived) {
        return derived.error();
    }
    return QStringList{kScheme, QString::number(m_iterations), QString::fromLatin1(salt->toBase64()),
                       QString::fromLatin1(derived->toBase64())}
        .join(QLatin1Char('$'));
}

Result<bool> PinHasher::verify(const QString &pin, const QString &stored) const
{
    auto parsed = parse(stored);
    if (!parsed) {
        return parsed.error();
    }
    if (!isValidPin(pin)) {
        return false;
    }
    auto derived = derive(pin, parsed->salt, parsed->iterations);
    if (!derived) {
        return derived.error();
    }
    return crypto::constantTimeEquals(derived.value(), parsed->hash);
}

bool PinHasher::needsRehash(const QString &stored) const
{
    auto parsed = parse(stored);
    return parsed.ok() && parsed->iterations < m_iterations;
}

} // namespace madang
