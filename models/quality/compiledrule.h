#pragma once

#include "quality/datenormalizer.h"
#include "quality/emailvalidator.h"
#include "quality/namecaser.h"
#include "quality/picklist.h"
#include "quality/qualityrecord.h"
#include "quality/ruleparams.h"
#include "quality/styleguiderule.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

namespace Kempt {

// A StyleGuideRule made ready for the hot loop: fields resolved to QualityField, params
// parsed once, its validator built once. Immutable after compile(), so any number of
// threads may call check() at the same time.
class CompiledRule
{
public:
    // What the rule says about one value.
    struct Outcome
    {
        bool changes = false;  // the rule stores `fixed` instead of the value
        QString fixed;
        QString e164;          // phones: the stored E.164 form
        Verdict::Status problem = Verdict::Valid; // beyond the respelling
        QString reason;        // the validator's sentence, for problems and respellings
        QString suggestion;
    };

    // now: the moment stale rules measure from, fixed here so that one audit uses one date.
    static CompiledRule compile(const StyleGuideRule &rule, const QDateTime &now);

    const StyleGuideRule &rule() const { return m_rule; }
    StyleGuideRule::Kind kind() const { return m_rule.kind; }
    StyleGuideRule::Severity severity() const { return m_rule.severity; }
    const QVarLengthArray<QualityField, 8> &fields() const { return m_fields; }
    // Where the rule runs in the pipeline: tidying first, checks of presence after fixes.
    int stage() const;
    bool checksValues() const;

    // For the value kinds (everything but Required, Stale and Consent). Empty values are
    // never passed. Phones: region is the record's country or the default; storedE164 the
    // E.164 form saved with the number, if any.
    Outcome check(QualityField field, const QString &value, const QString &region,
                  const QString &storedE164 = QString()) const;

    bool anyOf() const { return m_anyOf; }
    RuleParams::Conflict conflict() const { return m_conflict; }
    bool hasConsentTag(const QStringList &tags) const;
    int months() const { return m_months; }
    // Stale rules: ISO 8601 UTC text; a record last touched before it is stale. Text
    // compares like the time it spells, so no timestamp is parsed per record.
    const QString &staleBefore() const { return m_staleBefore; }

private:
    bool screenedClean(QualityField field, const QString &value) const;
    bool isOnlyARoleWarning(const Verdict &verdict) const;
    Outcome compute(QualityField field, const QString &value) const;
    Outcome checkCasing(QualityField field, const QString &value) const;
    Outcome checkPhone(const QString &value, const QString &region, const QString &storedE164) const;
    Outcome checkLegalForm(QualityField field, const QString &value) const;
    static Outcome fromVerdict(const QString &value, const Verdict &verdict);
    QString applyExceptions(const QString &value) const;

    StyleGuideRule m_rule;
    quint64 m_serial = 0; // RuleMemo's key
    QVarLengthArray<QualityField, 8> m_fields;
    bool m_anyOf = false;
    bool m_collapse = true;
    NameCaser::Casing m_casing = NameCaser::Keep;
    QHash<QString, QString> m_exceptions; // case-folded word -> spelling
    bool m_national = false;
    EmailValidator m_email;
    Picklist m_picklist;
    QSet<QString> m_picklistValues;
    DateNormalizer::Order m_order = DateNormalizer::DayFirst;
    int m_months = 12;
    QString m_staleBefore;
    RuleParams::Conflict m_conflict = RuleParams::Conflict::None;
    QSet<QString> m_consentTags; // case-folded
};

} // namespace Kempt
