#pragma once

// Shared by the two halves of PrintQueue (printqueue.cpp, printqueueprinters.cpp). Not installed.

#include "base/timetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace madang::printqueue {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)
};

/// The wire format of the instant in UTC ("+00:00"): text order is time order, whatever the clock's offset.
/// Rows written before kept "Z", which reads back the same and sorts the same.
inline QString toText(const QDateTime &at)
{
    return timetext::wire(at.toUTC());
}

inline QDateTime fromText(const QString &text)
{
    return timetext::fromWire(text);
}

} // namespace madang::printqueue
