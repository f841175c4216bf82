#pragma once

// Private helpers shared by staffauth.cpp, staffmanagement.cpp and staffapprovals.cpp. Not part of the API.

#include "audit/auditlog.h"
#include "base/error.h"
#include "base/timetext.h"
#include "merchant/merchant.h"
#include "staffauth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace madang {

namespace staffauth_detail {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StaffAuth)
};

inline const QString kOwner = QStringLiteral("owner");
inline const QString kManager = QStringLiteral("manager");
inline const QString kDiscountKey = QStringLiteral("approval.discount_percent");
inline constexpr int kDefaultDiscountPercent = 10;
inline constexpr int kTokenBytes = 16; // 128 bits

inline bool isValidRole(const QString &role)
{
    return role == kOwner || role == kManager || role == QLatin1String("staff");
}

inline QString staffRecord(const QString &id)
{
    return QStringLiteral("staff:") + id;
}

inline QString timeText(const QDateTime &time)
{
    return madang::timetext::wire(time);
}

inline QDateTime parseTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : madang::timetext::fromWire(value.toString());
}

/// Lowercase hex SHA-256 of the token's text: all the approvals table keeps.
inline QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

inline bool isTokenShaped(const QString &token)
{
    if (token.size() != kTokenBytes * 2) {
        return false;
    }
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

inline Error invalidPin()
{
    return makeError(ErrorCode::InvalidInput, Text::tr("A PIN is 4 to 6 digits."));
}

inline Error forbiddenActor()
{
    return makeError(ErrorCode::Forbidden, Text::tr("Only an active manager or the owner can do this."));
}
} // namespace staffauth_detail

struct StaffAuth::Attempt
{
    QLatin1String failureAction; ///< audit::SignInFailed or audit::ApprovalDenied
    QString record;              ///< the audited record; empty: "staff:<id>" of the person checked
    QJsonObject detail;          ///< context for the failure entries (e.g. the action to approve)
    bool managerOnly = false;    ///< the person must be an owner or a manager
};

} // namespace madang
