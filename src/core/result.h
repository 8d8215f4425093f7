#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tenantdesk {

// Why an operation failed. The numeric values are tenantctl's exit codes (docs/architecture.md §5).
enum class ErrorCode {
    Failure = 1,
    InvalidInput = 2,
    Denied = 3, // authentication failed or permission denied
    NotFound = 4,
    Conflict = 5, // duplicate, last admin, irreversible step
    Busy = 75,    // another process held the lock too long: retry later (EX_TEMPFAIL)
};

// A failure that a user can read: one clear sentence, already translated.
struct Error
{
    ErrorCode code = ErrorCode::Failure;
    QString message;
    // True when trying again later may succeed (another process held the write lock). Such
    // an error's code is Busy.
    bool retryable = false;
};

inline Error failure(const QString &message)
{
    return {ErrorCode::Failure, message};
}
inline Error invalidInput(const QString &message)
{
    return {ErrorCode::InvalidInput, message};
}
inline Error denied(const QString &message)
{
    return {ErrorCode::Denied, message};
}
inline Error notFound(const QString &message)
{
    return {ErrorCode::NotFound, message};
}
inline Error conflict(const QString &message)
{
    return {ErrorCode::Conflict, message};
}
inline Error busy(const QString &message)
{
    return {ErrorCode::Busy, message, true};
}

// The value of an operation, or why there is none. Core never throws and never shows UI:
// callers decide how to present the error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // A temporary hands its value out by value, never a reference into itself: binding
    // `for (x : *service.list())` to a reference would outlive the temporary Result.
    T value() && { return std::get<T>(std::move(m_state)); }
    T value() const && { return std::get<T>(m_state); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T operator*() const && { return std::move(*this).value(); }
    // Member access on a temporary is safe: the temporary lives until the end of the
    // full expression that uses the member.
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace tenantdesk
