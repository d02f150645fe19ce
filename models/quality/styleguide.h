#pragma once

#include "core/result.h"
#include "quality/styleguiderule.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kempt {

// The team's data rules: a versioned list of StyleGuideRule, applied the same way by the
// contact editor, the import and the audit. Stored one version per row in style_guides
// (see StyleGuideStore) and exchanged as JSON:
//   {"format": "kempt-style-guide", "version": 3, "defaultRegion": "DE", "rules": [...]}
class StyleGuide
{
public:
    qint64 version() const { return m_version; }
    void setVersion(qint64 version) { m_version = version; }
    // ISO 3166 code used for phone numbers when the record has no country; "" for none
    // (the workspace's default region then decides).
    QString defaultRegion() const { return m_defaultRegion; }
    void setDefaultRegion(const QString &region) { m_defaultRegion = region.toUpper(); }

    const QList<StyleGuideRule> &rules() const { return m_rules; }
    void setRules(const QList<StyleGuideRule> &rules) { m_rules = rules; }
    // The enabled rules for one kind of record, in the guide's order.
    QList<StyleGuideRule> rulesFor(Entity entity) const;
    // nullptr when the guide has no rule with this id.
    const StyleGuideRule *rule(const QString &id) const;
    // Replaces the rule with the same id; false when there is none.
    bool replaceRule(const StyleGuideRule &rule);

    // Reads a whole guide or nothing: guide is left untouched on failure, and the message
    // names the rule (its position and id) and what is wrong with it.
    static Result fromJson(const QByteArray &json, StyleGuide *guide);
    QByteArray toJson() const;

    // The guide Kempt ships (resources/quality/default-styleguide.json), version 0.
    static StyleGuide defaultGuide();

    bool operator==(const StyleGuide &other) const;
    bool operator!=(const StyleGuide &other) const { return !(*this == other); }

private:
    qint64 m_version = 0;
    QString m_defaultRegion;
    QList<StyleGuideRule> m_rules;
};

} // namespace Kempt
