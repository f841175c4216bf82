#pragma once

#include "base/error.h"
#include "merchant/merchant.h"

namespace madang {
class PinHasher;
class Store;
} // namespace madang

/// `madang --demo` on an empty database: a demo business of the vertical, set up in one go,
/// where every staff member's PIN is kDemoPin so that anyone trying the terminal can sign in.
class DemoSetup
{
public:
    static constexpr const char *kDemoPin = "1234";
    static madang::Status run(madang::Store &store, const madang::PinHasher &hasher, madang::Vertical vertical);
};
