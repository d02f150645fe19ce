#pragma once

#include "domain/fieldtype.h"

#include <QString>

namespace Kempt {

// How many findings of each severity one record has.
struct RecordFindings
{
    Entity entity = Entity::Contact;
    qint64 id = 0;
    QString name;
    qint64 errors = 0;
    qint64 warnings = 0;
    qint64 fixes = 0;
    qint64 total() const { return errors + warnings + fixes; }
    bool operator==(const RecordFindings &o) const
    {
        return entity == o.entity && id == o.id && name == o.name && errors == o.errors && warnings == o.warnings
            && fixes == o.fixes;
    }
    // The order of "the records with most to do": errors first, then warnings, then
    // fixes; contacts before companies, then by id.
    bool ranksAbove(const RecordFindings &o) const
    {
        if (errors != o.errors)
            return errors > o.errors;
        if (warnings != o.warnings)
            return warnings > o.warnings;
        if (fixes != o.fixes)
            return fixes > o.fixes;
        if (entity != o.entity)
            return entity == Entity::Contact;
        return id < o.id;
    }
};

// How many records one rule found something on, and its findings by severity.
struct RuleFindings
{
    QString rule;
    qint64 records = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    qint64 fixes = 0;
    bool operator==(const RuleFindings &o) const
    {
        return rule == o.rule && records == o.records && errors == o.errors && warnings == o.warnings && fixes == o.fixes;
    }
};

} // namespace Kempt
