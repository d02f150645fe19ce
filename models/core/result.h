#pragma once

#include <QString>

namespace Kempt {

// The outcome of an operation that can fail for reasons a person must read:
// the message names the file, row or field and says what to do.
class Result
{
public:
    Result() = default;
    static Result success() { return Result(); }
    static Result failure(const QString &message)
    {
        Result r;
        r.m_ok = false;
        r.m_message = message;
        return r;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    QString message() const { return m_message; }

private:
    bool m_ok = true;
    QString m_message;
};

} // namespace Kempt
