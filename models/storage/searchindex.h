#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace Kempt {

// Keeps contacts_fts and companies_fts in step with the tables through triggers, and
// turns what a person types into an FTS5 prefix query.
class SearchIndex
{
public:
    static Result installTriggers(QSqlDatabase db);
    static Result dropTriggers(QSqlDatabase db);
    // Rebuilds both indexes from the tables; bulk loaders drop the triggers, load, then call this.
    static Result rebuild(QSqlDatabase db);
    // Writes the documents of the contacts that condition (on alias c) selects, for a
    // bulk writer that suspended the per-row triggers (see TriggerSuspension).
    static Result indexContacts(QSqlDatabase db, const QString &condition, const QVariantList &binds);

    // "ann lee@ex" -> "ann"* AND "lee"* AND "ex"*; empty when nothing searchable is left.
    static QString matchExpression(const QString &typed);
};

} // namespace Kempt
