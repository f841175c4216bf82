// Merchant ops applied to this terminal's database (see replication/applier.h).

#include "merchant/merchantappliers.h"

#include "merchant/merchant.h"
#include "merchant/merchantrepository.h"
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

Status applyProfile(MerchantRepository &merchant, const OutboxOp &op)
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
        return ok;
    }
    const auto known = verticalFromString(vertical);
    if (!known) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("\"%1\" is not a kind of business this terminal knows; nothing was applied.")
                             .arg(vertical.left(40)));
    }
    profile.vertical = *known;
    return merchant.updateProfile(profile);
}
} // namespace

void addMerchantAppliers(ApplierSet &set, MerchantRepository &merchant)
{
    set.add(ops::MerchantUpdated,
            [&merchant](QSqlDatabase &, const OutboxOp &op) { return applyProfile(merchant, op); });
}

} // namespace madang
