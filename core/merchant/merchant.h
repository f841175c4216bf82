#pragma once

#include "base/error.h"

#include <QString>
#include <optional>

namespace madang {

enum class Vertical { Salon, Restaurant, Cleaning };

/// "salon" | "restaurant" | "cleaning"
QString verticalToString(Vertical vertical);
std::optional<Vertical> verticalFromString(const QString &text);

/// VAT rates are integer basis points: 1000 = 10.00 %.
constexpr int kDefaultVatBasisPoints = 1000;
constexpr int kMaxVatBasisPoints = 10000;

/// Parses a VAT rate written as percent: "10", "10%", "5.5", "0". Returns basis points.
Result<int> parseVatPercent(const QString &text);
/// "10%", "5.5%", "0%"
QString formatVatPercent(int basisPoints);

/// Who the terminal belongs to. One row per database.
struct MerchantProfile
{
    QString name;
    Vertical vertical = Vertical::Salon;
    QString currency = QStringLiteral("KRW");
    int vatBasisPoints = kDefaultVatBasisPoints;
    bool pricesIncludeVat = true;
    QString businessRegistrationNumber; // Korean 사업자등록번호, optional

    /// Checks the fields a person can get wrong; the message names the field.
    [[nodiscard]] Status validate() const;
};

/// A staff member. The wizard creates the owner; StaffAuth (security/) signs staff in and manages them.
struct StaffMember
{
    QString id;
    QString name;
    QString role = QStringLiteral("owner"); // owner | manager | staff
    bool active = true;
    /// PinHasher's stored string, or empty for no PIN yet. Written by addStaff(); never read back into
    /// lists, never put in outbox payloads or audit entries. (The "= {}" keeps 4-field braces warning-free.)
    QString pinHash = {};
};

} // namespace madang
