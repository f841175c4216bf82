#pragma once

#include <QString>

namespace madang {

/// The one way phone numbers are shown. Numbers are stored normalized ("+821012345678", see
/// CustomerRepository::normalizePhone); people read Korean numbers with hyphens.
namespace phonetext {

/// A Korean number as people write it: "+821012345678" or "01012345678" -> "010-1234-5678", "+8221234567"
/// -> "02-123-4567", "0311234567" -> "031-123-4567", "15881234" -> "1588-1234". Spaces, dots, hyphens and
/// parentheses in the input are ignored. Anything else (another country's number, too few or too many digits,
/// an unknown prefix, letters) is returned as it was given.
[[nodiscard]] QString display(const QString &number);

} // namespace phonetext
} // namespace madang
