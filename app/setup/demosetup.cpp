#include "setup/demosetup.h"

#include "demo/demodata.h"
#include "pinhasher.h"
#include "staffauth.h"
#include "workflows/store.h"

using namespace madang;

Status DemoSetup::run(Store &store, const PinHasher &hasher, Vertical vertical)
{
    const QString pin = QString::fromLatin1(kDemoPin);
    auto pinHash = hasher.hash(pin);
    if (!pinHash) {
        return pinHash.error();
    }
    auto owner = DemoData::setUpTerminal(store, DemoData::defaultProfile(vertical), DemoData::defaultOwnerName(), true,
                                         pinHash.value());
    if (!owner) {
        return owner.error();
    }
    StaffAuth auth(store, hasher);
    auto accounts = auth.accounts();
    if (!accounts) {
        return accounts.error();
    }
    for (const StaffAccount &account : accounts.value()) {
        if (!account.hasPin) {
            if (auto set = auth.setPin(owner->id, account.member.id, pin); !set) {
                return set;
            }
        }
    }
    return Done{};
}
