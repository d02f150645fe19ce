#pragma once

#include "quality/verdict.h"

#include <QString>

namespace Kempt {

// Phone numbers through Google's libphonenumber (Debian's libphonenumber, its metadata):
// parses what people type ("030 1234567", "+44 (0)20 7946 0958", "٠١٠ ١٢٣٤ ٥٦٧٨",
// "(213) 373-4253 ext. 12"), with the contact's country as the default for numbers
// without +CC, and stores them in E.164.
//
// Extensions are kept: the normalized form is E.164 followed by ";ext=NNN" (the
// RFC 3966 parameter), e.g. "+12133734253;ext=12", because a switchboard number without
// its extension reaches the wrong person. Every method here parses that form back.
// Reentrant and thread-safe: libphonenumber's PhoneNumberUtil is a shared singleton.
class PhoneNormalizer
{
public:
    enum Type { Mobile, FixedLine, FixedOrMobile, TollFree, Other, Unknown };
    enum Format { International, National, E164 };

    // defaultRegion: ISO 3166 code ("DE", case-insensitive) for numbers typed without
    // +CC; empty when unknown. Invalid verdicts say why ("too short for DE", "not a valid
    // number in GB", "no country: add +CC or set the contact's country").
    Verdict check(const QString &raw, const QString &defaultRegion) const;
    // check() plus, for a valid number, its display form from the same parse (the audit
    // judges every phone of a workspace; parsing three times cost it a third of its
    // time). National applies only to numbers of defaultRegion; others stay
    // international.
    Verdict checkAndFormat(const QString &raw, const QString &defaultRegion, Format display, QString *displayed) const;

    // For a normalized number; Unknown when it does not parse or is not valid.
    Type type(const QString &e164) const;
    static QString typeName(Type t); // "mobile", "fixed-line", ... (stable, untranslated)
    // "+49 30 1234567", "030 1234567" or the stored form ("+49301234567", with
    // ";ext=" when there is an extension); the input unchanged when it does not parse.
    QString format(const QString &e164, Format f) const;
    // ISO 3166 code of the country the number belongs to ("" when not valid); "001" for
    // non-geographic numbers (+800, +870).
    QString region(const QString &e164) const;
};

} // namespace Kempt
