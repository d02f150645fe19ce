#pragma once

#include <QString>

namespace Kempt {

// Guesses what was meant by a mistyped mail domain: a top-level domain that does not
// exist but is a known slip (.con, .cmo -> .com), or a domain one edit away from a big
// provider (gmial.com, gmal.com, yaho.com, hotmial.com -> the real one; two edits for
// long provider domains when the first letter matches). Provider domains under another
// existing top-level domain (hotmail.es, gmx.at) are not typos; under .co, .om and .cm
// they are, because those sit one key away from .com.
class DomainTypoFinder
{
public:
    // asciiDomain in lower case; returns the suggested domain or "" when none.
    static QString suggest(const QString &asciiDomain);

private:
    static QString find(const QString &asciiDomain);
    static QString nearestProvider(const QString &asciiDomain, bool tldExists);
};

} // namespace Kempt
