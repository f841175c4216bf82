#include "base/error.h"

#include "base/particles.h"

namespace madang {

Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, particles::resolve(message)};
}

} // namespace madang
