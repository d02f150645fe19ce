#pragma once

#include "quality/verdict.h"

#include <QString>
#include <QStringView>

namespace Kempt {

class EmailDomain;

// Checks one e-mail address the practical way: what mail systems deliver to, as the
// python email-validator library does with its default options (no quoted local parts,
// IP literals, display names or comments; a dotted domain; SMTPUTF8 and IDNA allowed;
// special-use domains rejected). On top of syntax it knows the top-level domains that
// exist, typos of big providers, role mailboxes and placeholders; those give a Warning
// (or Invalid when the top-level domain does not exist) with a reason and a suggestion.
//
// Deliberate differences from email-validator: spaces and tabs around the address are
// trimmed; a local part over 64 octets is a Warning (email-validator accepts it unless
// strict), a quoted local part is always Invalid. Reentrant and cheap to copy; the
// reference lists are shared.
class EmailValidator
{
public:
    struct Options {
        // Most providers ignore case before the @-sign, but the standard does not, so
        // the address is kept as typed unless asked.
        bool lowercaseLocalPart = false;
    };

    EmailValidator() = default;
    explicit EmailValidator(const Options &options);

    void setLowercaseLocalPart(bool on) { m_options.lowercaseLocalPart = on; }
    Options options() const { return m_options; }

    Verdict check(const QString &input) const;

private:
    Verdict checkTrimmed(QStringView address) const;
    Verdict checkSyntax(QStringView address) const;
    static QString repairSlips(QStringView address);
    Verdict checkWithoutAtSign(QStringView address) const;
    Verdict checkDisplayName(QStringView address) const;
    static QString checkLocalPart(QStringView local, QString *normalized);
    static QString describeBadLocalCharacter(char32_t c);
    void addWarnings(Verdict &v, const QString &local, const EmailDomain &domain) const;

    Options m_options;
};

} // namespace Kempt
