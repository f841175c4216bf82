#pragma once

#include "base/money.h"

#include <QString>

/// An amount for people in the given currency ("₩12,000"); the bare number if the code is unknown.
inline QString moneyText(qint64 minor, const QString &currencyCode)
{
    auto currency = madang::Currency::fromCode(currencyCode);
    return currency ? madang::Money(minor, currency.value()).display() : QString::number(minor);
}
