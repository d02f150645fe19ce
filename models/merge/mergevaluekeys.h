#pragma once

#include "domain/contact.h"

#include <QString>
#include <QVariant>

namespace Kempt {

// When two values of a duplicate group are "the same": the keys the merge compares.
class MergeValueKeys
{
public:
    // Text with runs of spaces collapsed and case folded: "ACME  gmbh" equals "Acme GmbH".
    static QString comparable(const QString &text);
    // An address trimmed and case folded: mail systems ignore case, people type both.
    static QString email(const QString &address);
    // The E.164 form: the stored one, else what the phone normalizer makes of the number
    // with the record's country (or the workspace's default region), else its digits.
    static QString phone(const PhoneNumber &phone, const QString &region);
    static QString social(const SocialProfile &profile);
};

} // namespace Kempt
