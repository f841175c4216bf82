#pragma once

// Shared by the two halves of PrintQueue (printqueue.cpp, printqueueprinters.cpp). Not installed.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace madang::printqueue {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)
};

/// UTC with milliseconds and "Z": text order is time order, whatever the clock's offset.
inline QString toText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace madang::printqueue
