#pragma once

#include "quality/styleguiderule.h"

#include <QString>
#include <QStringList>

namespace Kempt {

// The words people read about style-guide rules, translated: names of kinds and
// severities, the fields a rule checks, what its findings mean as a problem on the
// dashboard ("Missing owner") and what its params say in a sentence. The dashboard, the
// style-guide editor and the printed guide all use these, so a rule reads the same in
// each place.
class RuleText
{
public:
    static QString kindLabel(StyleGuideRule::Kind kind);
    static QString severityLabel(StyleGuideRule::Severity severity);
    // "Error blocks saving" and so on: what the severity does.
    static QString severityMeaning(StyleGuideRule::Severity severity);
    static QString entityLabel(Entity entity); // "Contacts", "Companies"
    static QString fieldLabel(Entity entity, const QString &key);
    // "first name, last name or display name"; more than max fields end in "and 3 more".
    static QString fieldList(Entity entity, const QStringList &keys, bool orList = false, int max = 4);

    // What a record with a finding of this rule has to be fixed: "Missing owner",
    // "E-mail addresses to correct", "Not touched in 12 months".
    static QString problemTitle(const StyleGuideRule &rule);
    // The rule's params as a sentence or two, for the editor's summary and the document.
    static QString paramsSummary(const StyleGuideRule &rule);
    // A short name for the rule in lists: its kind and fields ("Casing · First name, Last name").
    static QString ruleTitle(const StyleGuideRule &rule);

    static QString casingLabel(const QString &casing);          // title, upper, lower, keep
    static QString dateOrderLabel(const QString &order);        // dmy, mdy, ymd
    static QString phoneDisplayLabel(const QString &display);   // international, national
    static QString conflictLabel(const QString &conflict);      // newsletter_tag, unsubscribed_without_do_not_email
};

} // namespace Kempt
