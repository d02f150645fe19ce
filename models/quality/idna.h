#pragma once

#include <QString>

namespace Kempt {

// Internationalised domain names the way browsers and mail systems treat them:
// ICU's UTS #46 processing, non-transitional (ß and ς stay themselves), with the
// BiDi and CONTEXTJ checks and the STD3 ASCII rules (letters, digits, hyphen).
// Thread-safe: ICU's UTS #46 object is immutable and shared.
class Idna
{
public:
    // Maps (case-folds, NFC, full-width dots to dots) and decodes xn-- labels.
    // `errors` receives ICU's UIDNA_ERROR_* bits, 0 when the name is valid.
    static QString toUnicode(const QString &domain, quint32 *errors);
    // The punycode form used on the wire and for the top-level-domain lookup.
    static QString toAscii(const QString &domain, quint32 *errors);
    // A translated clause saying what is wrong, for the UIDNA_ERROR_* bits.
    static QString describeErrors(quint32 errors);
};

} // namespace Kempt
