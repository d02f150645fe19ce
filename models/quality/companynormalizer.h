#pragma once

#include "quality/namecaser.h"
#include "quality/verdict.h"

#include <QString>

namespace Kempt {

// Company names: the legal form (GmbH, Inc., ООО, شركة …, see LegalFormTable) is told
// apart from the name so duplicates match ("ACME GmbH" = "Acme gmbh" = "Acme") and so
// it can be written the one way the style guide wants.
//
// A legal form is looked for at the end of the name (up to eight words: "GmbH & Co.
// KG", "Public Limited Company"), then at its start, where only Cyrillic and Arabic
// forms and OOO-style transliterations are taken (ООО «Ромашка», شركة أرامكو): a Latin
// word at the start is more often part of the name (AB InBev, SA Power Networks).
// A name that is nothing but a legal form has no base and is not split.
class CompanyNormalizer
{
public:
    struct Parts
    {
        QString base;           // the name without the legal form, quotes and commas
        QString legalForm;      // as written; empty when none was found
        QString canonicalForm;  // the style guide's spelling of it
    };

    Parts split(const QString &name) const;
    // For finding duplicates: the base, folded (UnicodeHygiene::matchKey), with
    // apostrophes and dots dropped and other punctuation as single spaces.
    QString matchKey(const QString &name) const;
    // Tidies invisible characters and spacing, applies the casing to the name and
    // writes the legal form canonically: "gmbh" → "GmbH", "inc" → "Inc.", "ооо" → "ООО".
    // A spelling that differs only in dots is kept when its capitals are right
    // ("S.A." for SA, "Ltd." for Ltd); a long form ("Gesellschaft mit beschränkter
    // Haftung", "Company") is kept as written. The legal form keeps its canonical
    // capitals under every casing. Valid when nothing changes, Warning with the
    // normalized name otherwise, Invalid when there is no name to store.
    Verdict check(const QString &name, NameCaser::Casing casing = NameCaser::Title) const;
};

} // namespace Kempt
