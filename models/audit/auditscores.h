#pragma once

#include <QJsonObject>

namespace Kempt {

// The audit's five scores and their mean, each 0–100 (100 = nothing to improve). A
// dimension with nothing to check scores 100. Counted over live contacts and companies
// (see AuditTally for what counts as a check):
//
//   completeness = 100 × (1 − failed required checks / required checks)
//       One check per field of each Required rule, or one per rule with anyOf.
//   validity     = 100 × (1 − invalid values / checked values)
//       Values checked by Email, Phone, Country, Date and Picklist rules, plus one check
//       per record for each Consent rule. A value is invalid when such a rule reports a
//       problem with it (its Warning/Error findings; for a rule that only warns, a
//       respelling it asks for counts here too).
//   consistency  = 100 × (1 − respelled values / values checked for their form)
//       Values checked by any value rule (also Whitespace, Unicode, Casing, Legal form):
//       a value counts against consistency when the guide would store it differently
//       (a Fix finding, or any finding of a form rule).
//   uniqueness   = 100 × (1 − duplicate records / records)
//       Contacts: those in a group of the last duplicate scan, as it stands, skipped
//       groups included (see UniquenessCounter); before any scan, those whose e-mail
//       (trimmed, ASCII lowercase) or E.164 phone another live contact shares.
//       Companies: a shared e-mail.
//   freshness    = 100 × (1 − stale records / records with a Stale rule)
//   overall      = 0.25 completeness + 0.25 validity + 0.20 consistency
//                  + 0.15 uniqueness + 0.15 freshness
// Multi-valued fields: per rule and field, a record counts at most as many failures as
// it has values, since a finding does not say which of its values it is about.
struct AuditScores
{
    double overall = 100;
    double completeness = 100;
    double validity = 100;
    double consistency = 100;
    double uniqueness = 100;
    double freshness = 100;

    static constexpr double completenessWeight = 0.25;
    static constexpr double validityWeight = 0.25;
    static constexpr double consistencyWeight = 0.20;
    static constexpr double uniquenessWeight = 0.15;
    static constexpr double freshnessWeight = 0.15;

    // 100 × (1 − failed / checked), or 100 when nothing was checked.
    static double share(qint64 failed, qint64 checked)
    {
        return checked > 0 ? 100.0 * double(checked - failed) / double(checked) : 100.0;
    }
    void computeOverall()
    {
        overall = completenessWeight * completeness + validityWeight * validity + consistencyWeight * consistency
            + uniquenessWeight * uniqueness + freshnessWeight * freshness;
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("overall"), overall},         {QStringLiteral("completeness"), completeness},
                {QStringLiteral("validity"), validity},       {QStringLiteral("consistency"), consistency},
                {QStringLiteral("uniqueness"), uniqueness},   {QStringLiteral("freshness"), freshness}};
    }
};

} // namespace Kempt
