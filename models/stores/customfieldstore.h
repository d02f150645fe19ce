#pragma once

#include "core/result.h"
#include "domain/customfielddef.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>
#include <optional>

namespace Kempt {

// Definitions of custom fields. Values live in custom_values and are written by the
// record stores; validate() and normalized() tell them what a field accepts.
class CustomFieldStore
{
public:
    explicit CustomFieldStore(QSqlDatabase db);

    QList<CustomFieldDef> list(Entity entity) const; // in display order
    std::optional<CustomFieldDef> find(qint64 id) const;

    // Assigns id, key (a slug of the label, unique for the entity) and position.
    Result create(CustomFieldDef &def);
    // Changes only the label; the key stays as it was.
    Result renameLabel(qint64 id, const QString &label);
    // Deletes the field and every value stored for it.
    Result remove(qint64 id);

    // The stored value as its type: QString, double or qlonglong, QDate or bool;
    // invalid when the record has none.
    QVariant valueOf(qint64 fieldId, qint64 entityId) const;

    // Lowercase ASCII letters, digits and underscores; "field" when nothing is left.
    static QString slugOf(const QString &label);
    QString uniqueKey(Entity entity, const QString &label) const;

    // Empty values always pass: clearing a field is allowed.
    static Result validate(const CustomFieldDef &def, const QVariant &value);
    // The form a valid value is stored in; a null QVariant for an empty value.
    static QVariant normalized(const CustomFieldDef &def, const QVariant &value);

private:
    Result checkLabel(Entity entity, const QString &label, qint64 exceptId) const;

    QSqlDatabase m_db;
};

} // namespace Kempt
