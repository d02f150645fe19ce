#pragma once

#include <QString>
#include <QStringView>
#include <memory>

namespace Kempt {

// A regular expression for PhoneFastPath's hot loop, on PCRE2 directly (the library
// QRegularExpression wraps). QRegularExpression::match allocates a match object, a
// list of offsets and PCRE2 match data on every call; the audit matches tens of millions
// of times, so here the compiled pattern keeps one match data and reuses it. Copies share
// it: a pattern, and its copies, belong to one thread.
class Pcre2Pattern
{
public:
    // The result of the last match of a pattern; valid until its next match and as long
    // as the subject lives.
    class Match
    {
    public:
        bool hasMatch() const { return m_count > 0; }
        qsizetype capturedStart(int group) const;
        qsizetype capturedEnd(int group) const;
        qsizetype capturedLength(int group) const { return capturedEnd(group) - capturedStart(group); }
        // Empty for a group that took no part in the match.
        QStringView capturedView(int group) const;

    private:
        friend class Pcre2Pattern;
        QStringView m_subject;
        const size_t *m_offsets = nullptr;
        int m_count = 0;
        bool isSet(int group) const;
    };

    Pcre2Pattern() = default;
    // whole: the pattern must match all of the subject (ICU's FullMatch).
    Pcre2Pattern(const QString &pattern, bool whole);

    bool isValid() const { return m_state != nullptr; }
    int captureCount() const;
    // A match starting at offset or later; anchored: only one starting at offset (ICU's
    // lookingAt). No match for an invalid pattern, or when PCRE2 fails (its limits).
    Match match(QStringView subject, qsizetype offset = 0, bool anchored = false) const;
    bool matches(QStringView subject) const { return match(subject).hasMatch(); }

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace Kempt
