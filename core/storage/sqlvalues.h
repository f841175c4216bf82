#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace madang {

/// A bound value for an optional text column: NULL (typed as a string) for empty text, the text otherwise.
inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace madang
