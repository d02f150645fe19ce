#pragma once

#include "domain/fielddef.h"
#include "stores/recordselection.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace Kempt {

// One "field operator value" rule of a view, e.g. city equals Berlin.
struct FilterCondition
{
    // HasIssue / LacksIssue: data-quality findings, on field QualityColumn::key() (see
    // qualitycolumn.h for what the value selects).
    enum class Operator { Equals, NotEquals, Contains, StartsWith, IsEmpty, IsNotEmpty, Before, After, HasTag, LacksTag,
                          HasIssue, LacksIssue };

    QString field; // a FieldDef key
    Operator op = Operator::Equals;
    QVariant value;

    static QString operatorName(Operator op); // stable names used in JSON: "equals", "hasTag" ...
    static std::optional<Operator> operatorFromName(const QString &name);
    static QList<Operator> allOperators();
    // Whether op makes sense for a field of this type (the UI offers only these).
    static bool appliesTo(Operator op, const FieldDef &field);

    bool operator==(const FilterCondition &o) const { return field == o.field && op == o.op && value == o.value; }
    bool operator!=(const FilterCondition &o) const { return !(*this == o); }
};

// What a table view shows: free text, conditions (all must hold), live records or the
// trash, and optionally an explicit id list. It is turned into SQL on the entity's
// indexes and full-text table, never evaluated row by row in C++.
class Filter
{
public:
    explicit Filter(Entity entity = Entity::Contact) : m_entity(entity) {}

    Entity entity() const { return m_entity; }
    void setEntity(Entity entity) { m_entity = entity; }

    QString search;
    QList<FilterCondition> conditions;
    bool trash = false;                 // soft-deleted records instead of live ones
    std::optional<QList<qint64>> ids;   // when set, only these records (an empty list shows none)

    bool isEmpty() const { return search.trimmed().isEmpty() && conditions.isEmpty() && !trash && !ids; }

    // Saved views store this; the entity is stored beside it by the view.
    QJsonObject toJson() const;
    // Unknown keys, operators and malformed entries are skipped, never fatal.
    static Filter fromJson(const QJsonObject &json, Entity entity);

    // The WHERE on alias t with its bound values. Conditions on fields not in fields (a
    // custom field deleted since the view was saved) or with an operator that does not
    // apply to the field are ignored.
    RecordSelection toSelection(const QList<FieldDef> &fields) const;
    // The same without the full-text part, and that part alone (empty when there is none):
    // the table model joins the FTS5 table instead of testing membership in it, so that
    // matches stream in rowid order rather than being collected first.
    RecordSelection toSelectionWithoutFullText(const QList<FieldDef> &fields) const;
    QString fullTextMatch() const;

    bool operator==(const Filter &o) const
    {
        return m_entity == o.m_entity && search == o.search && conditions == o.conditions && trash == o.trash && ids == o.ids;
    }
    bool operator!=(const Filter &o) const { return !(*this == o); }

private:
    RecordSelection build(const QList<FieldDef> &fields, bool fullText) const;

    Entity m_entity;
};

} // namespace Kempt
