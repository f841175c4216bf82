#pragma once

#include "sales/journal.h"

#include <QCryptographicHash>

namespace madang::test {

/// Stands in for the device key in core tests (the real ECDSA signer lives in security/ and has its
/// own tests): the "signature" is SHA-256 over a secret prefix and the data, which check() recomputes.
class FakeSigner final : public madang::Signer
{
public:
    explicit FakeSigner(QString terminal = QStringLiteral("T1")) : m_terminal(std::move(terminal)) {}

    [[nodiscard]] QString terminalId() const override { return m_terminal; }
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) const override
    {
        if (m_broken) {
            return makeError(ErrorCode::Storage, QStringLiteral("the device key cannot be read"));
        }
        return digest(data);
    }
    /// From now on sign() fails, as a missing key file would.
    void breakKey() { m_broken = true; }

    static SignatureCheck check()
    {
        return [](const QByteArray &data, const QByteArray &sig) -> Result<bool> { return digest(data) == sig; };
    }

private:
    static QByteArray digest(const QByteArray &data)
    {
        return QCryptographicHash::hash(QByteArrayLiteral("fake-device-key:") + data, QCryptographicHash::Sha256);
    }
    QString m_terminal;
    bool m_broken = false;
};

} // namespace madang::test
