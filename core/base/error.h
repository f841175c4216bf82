#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace madang {

/// Error kinds shared by the core modules. Messages are already translated for display.
enum class ErrorCode {
    InvalidInput,
    NotFound,
    Conflict,
    Overflow,
    CurrencyMismatch,
    Storage,
    DiskFull,
    Locked,
    SchemaTooNew,
    MigrationFailed,
    Io,
    WrongPin,    ///< a PIN did not match; the message says how many tries are left
    RetryLater,  ///< too many wrong PINs: wait, the message says how long
    LockedOut,   ///< too many wrong PINs: a manager or the owner must unlock
    Forbidden,   ///< the role may not do this
    Expired,     ///< an approval token is past its 2 minutes
    AlreadyUsed, ///< an approval token was used before
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

/// A value or an error. No exceptions cross module boundaries.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_data)); } // by value: safe in range-for
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_data); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    T &operator*() { return value(); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields no value.
struct Done
{
};
using Status = Result<Done>;

/// An error with its message as people read it: the Korean particle pairs of a translated message ("%1을(를)")
/// are chosen here by the words put in (particles::resolve), so every path that shows it shows it right.
Error makeError(ErrorCode code, const QString &message);

} // namespace madang
