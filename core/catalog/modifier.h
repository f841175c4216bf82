#pragma once

#include <QList>
#include <QString>

namespace madang {

/// An option group offered with an item: size, spice level, extra shot.
struct ModifierOption
{
    QString id;
    QString name;
    qint64 priceMinor = 0; ///< added to the unit price
};

struct ModifierGroup
{
    QString id;
    QString name;
    int minChoices = 0; ///< 1 or more: the group must be answered
    int maxChoices = 1;
    QList<ModifierOption> options;
};

} // namespace madang
