// Merchant ops applied to this terminal's database (see replication/applier.h).

#include "merchant/merchantappliers.h"

#include "base/textrules.h"
#include "merchant/merchant.h"
#include "merchant/merchantrepository.h"
#include "merchant/staffrepository.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"

#include <QCoreApplication>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MerchantRepository)
};

/// The profile the payload carries (merchant.initialized and merchant.updated carry the same fields).
Result<MerchantProfile> readProfile(const OutboxOp &op)
{
    PayloadReader read(op);
    MerchantProfile profile;
    profile.name = read.string("name"_L1);
    const QString vertical = read.string("vertical"_L1);
    profile.currency = read.string("currency"_L1);
    profile.vatBasisPoints = read.number("vat_bp"_L1);
    profile.pricesIncludeVat = read.boolean("prices_include_vat"_L1);
    profile.businessRegistrationNumber = read.string("brn"_L1);
    if (auto ok = read.status(); !ok) {
        return ok.error();
    }
    const auto known = verticalFromString(vertical);
    if (!known) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" is not a kind of business this terminal knows; nothing was applied.")
                             .arg(vertical.left(40)));
    }
    profile.vertical = *known;
    return profile;
}

struct StaffChange
{
    StaffMember member;
    QStringList services;
};

/// The member and services of a staff.created or staff.updated payload, checked as StaffAuth checks them: a
/// name, a known role, and services that are catalog items of this terminal.
Result<StaffChange> readStaff(const IsCatalogItem &isCatalogItem, const OutboxOp &op)
{
    PayloadReader read(op);
    StaffChange change;
    change.member.id = read.string("id"_L1);
    change.member.name = read.string("name"_L1).trimmed();
    change.member.role = read.string("role"_L1);
    change.member.active = read.boolean("active"_L1);
    const QJsonArray services = read.array("services"_L1);
    if (auto ok = read.status(); !ok) {
        return ok.error();
    }
    if (change.member.id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    if (change.member.name.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("name"));
    }
    if (auto clean = checkText(change.member.name, TextKind::Name, Text::tr("staff member's name")); !clean) {
        return clean.error();
    }
    if (!QStringList{QStringLiteral("owner"), QStringLiteral("manager"), QStringLiteral("staff")}.contains(
            change.member.role)) {
        return PayloadReader::refusal(op, QStringLiteral("role"));
    }
    for (const QJsonValue &service : services) {
        if (!service.isString() || service.toString().isEmpty()) {
            return PayloadReader::refusal(op, QStringLiteral("services"));
        }
        change.services << service.toString();
    }
    for (const QString &itemId : std::as_const(change.services)) {
        auto known = isCatalogItem(itemId);
        if (!known) {
            return known.error();
        }
        if (!known.value()) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("%1 does a service (%2) that is not in this terminal's catalog; nothing was "
                                      "applied.")
                                 .arg(change.member.name, itemId.left(80)));
        }
    }
    return change;
}

Status applyInitialized(MerchantRepository &merchant, const OutboxOp &op)
{
    auto profile = readProfile(op);
    if (!profile) {
        return profile.error();
    }
    return merchant.setUpFrom(profile.value(), op.createdAt);
}

Status applyProfile(MerchantRepository &merchant, const OutboxOp &op)
{
    auto profile = readProfile(op);
    if (!profile) {
        return profile.error();
    }
    return merchant.updateProfile(profile.value());
}

Status applyStaffCreated(StaffRepository &staff, const IsCatalogItem &isCatalogItem, const OutboxOp &op)
{
    auto change = readStaff(isCatalogItem, op);
    if (!change) {
        return change.error();
    }
    return staff.upsert(change->member, change->services, op.createdAt);
}

Status applyStaffUpdated(StaffRepository &staff, const IsCatalogItem &isCatalogItem, const OutboxOp &op)
{
    auto change = readStaff(isCatalogItem, op);
    if (!change) {
        return change.error();
    }
    if (auto saved = staff.update(change->member, change->services); !saved) {
        if (saved.error().code == ErrorCode::NotFound) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("Staff member %1 (%2) is not on this terminal; nothing was applied.")
                                 .arg(change->member.name, change->member.id.left(80)));
        }
        return saved;
    }
    // The terminal must keep someone who can manage it, whichever terminal the change comes from.
    auto owners = staff.countActiveOwners();
    if (!owners) {
        return owners.error();
    }
    if (owners.value() == 0) {
        return makeError(ErrorCode::Conflict,
                         Text::tr("This change would leave the terminal without an active owner; nothing was "
                                  "applied."));
    }
    return Done{};
}
} // namespace

void addMerchantAppliers(ApplierSet &set, MerchantRepository &merchant, StaffRepository &staff,
                         IsCatalogItem isCatalogItem)
{
    MerchantRepository *m = &merchant;
    StaffRepository *s = &staff;
    set.add(ops::MerchantInitialized, [m](QSqlDatabase &, const OutboxOp &op) { return applyInitialized(*m, op); });
    set.add(ops::MerchantUpdated, [m](QSqlDatabase &, const OutboxOp &op) { return applyProfile(*m, op); });
    set.add(ops::StaffCreated, [s, isCatalogItem](QSqlDatabase &, const OutboxOp &op) {
        return applyStaffCreated(*s, isCatalogItem, op);
    });
    set.add(ops::StaffUpdated, [s, isCatalogItem](QSqlDatabase &, const OutboxOp &op) {
        return applyStaffUpdated(*s, isCatalogItem, op);
    });
}

} // namespace madang
