#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace FundDesk::Core {

// What went wrong, in terms a caller can branch on.
enum class ErrorCode {
    InvalidInput,  // the user typed something the rules refuse
    RuleViolation, // a fund rule (a ¶ of the report) forbids the action
    NotFound,
    Conflict,      // duplicate or stale record
    Storage,       // SQL failed
    NotADatabase,  // the file is not SQLite
    Corrupt,       // integrity_check failed
    VersionTooNew, // written by a newer FundDesk
    Io,            // file system
    Usage,         // bad command line
    Cancelled,     // the user stopped a long task before it finished
};

// An error crossing a layer: code to branch on, a translated message for the user, the field
// it concerns (so the UI can show it beside that field), and technical detail for the log.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString detail;
    QString field;
};

// A value or an Error. No exception crosses a layer.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {}, QString field = {})
{
    return Error{code, std::move(message), std::move(detail), std::move(field)};
}

} // namespace FundDesk::Core
