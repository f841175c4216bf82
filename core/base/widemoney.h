#pragma once

#include <QtGlobal>

namespace madang::wide {

/// 128-bit integers for the intermediate products and sums of money arithmetic (GCC and Clang on 64-bit
/// targets): a product of two 64-bit amounts, or a sum of many, cannot wrap before it is checked or divided.
__extension__ typedef __int128 Int; // NOLINT(modernize-use-using): __extension__ needs typedef

/// a × b / c, truncated toward zero. c must not be 0; the caller knows the quotient fits in 64 bits.
[[nodiscard]] inline qint64 mulDiv(qint64 a, qint64 b, qint64 c)
{
    return static_cast<qint64>(static_cast<Int>(a) * b / c);
}

/// round(a × b / c) half up, for a, b >= 0 and c > 0.
[[nodiscard]] inline qint64 mulDivRound(qint64 a, qint64 b, qint64 c)
{
    return static_cast<qint64>((static_cast<Int>(a) * b + c / 2) / c);
}

/// a × b > c × d, exactly.
[[nodiscard]] inline bool productGreater(qint64 a, qint64 b, qint64 c, qint64 d)
{
    return static_cast<Int>(a) * b > static_cast<Int>(c) * d;
}

} // namespace madang::wide
