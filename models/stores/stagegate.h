#pragma once

#include "core/result.h"
#include "domain/fielddef.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// A stage's entry condition: the deal fields (FieldCatalog keys) that must be filled
// before a deal may enter it, e.g. a value and an expected close date before "Proposal".
// Emptiness is decided in SQL over the deal row, so one deal and ten thousand are checked
// the same way.
class StageGate
{
public:
    explicit StageGate(QSqlDatabase db);

    // The deal fields a gate may require: what a person fills in on the deal (not its
    // stage, status or timestamps).
    QList<FieldDef> gateableFields() const;
    // Fails, naming the key, when one of keys is not a gateable deal field.
    Result validate(const QStringList &keys) const;

    // SQL over the deal row (alias t) that is true when the field counts as empty; a
    // value of 0 counts as no value.
    static QString emptyCondition(const FieldDef &field);
    // The keys of required that the deal leaves empty, in the order given.
    Result missing(qint64 dealId, const QStringList &required, QStringList *missingKeys) const;
    QStringList labels(const QStringList &keys) const;
    // "Value and Expected close": the labels joined as a person would say them.
    QString spokenList(const QStringList &keys) const;

private:
    QList<FieldDef> m_fields;
    QSqlDatabase m_db;
};

} // namespace Kempt
