#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// Where each column of a spreadsheet goes: a Kempt field (FieldCatalog key), a custom
// field (created by the import when it does not exist yet), or nowhere. Several columns
// may feed one field (E-mail 1, E-mail 2). Saved as a named profile (MappingProfileStore)
// and offered again for a file with the same headers, so it is plain JSON.
//
// Two targets are not contact fields of the catalog: notesField() (the column's text
// becomes a note on the contact) and, for email and phone, the part labelPart() (the
// column holds the label of the value column beside it: "E-mail 1 - Type" says "Work"
// for "E-mail 1 - Value"; the n-th label column of a field goes with its n-th value
// column).
class ImportMapping
{
public:
    enum class Target { Ignore, Field, Custom };

    struct Column
    {
        QString header;
        Target target = Target::Ignore;
        QString field; // Field: a contact field key; Custom: the custom field's label
        QString part;  // "year", "month" or "day" for a birthday split over columns
        bool operator==(const Column &o) const
        {
            return header == o.header && target == o.target && field == o.field && part == o.part;
        }
    };

    static QString notesField() { return QStringLiteral("notes"); }
    static QString labelPart() { return QStringLiteral("label"); }

    // What ColumnMapper recognises, plus notes and the label columns of e-mails and
    // phones; everything else is ignored until someone says otherwise.
    static ImportMapping guess(const QStringList &headers);
    // The same for every file whose headers say the same (case, spacing and order of
    // words aside), so a profile can be found again.
    static QString headerKey(const QStringList &headers);

    QList<Column> columns() const { return m_columns; }
    void setColumns(const QList<Column> &columns) { m_columns = columns; }
    int size() const { return int(m_columns.size()); }
    const Column &at(int i) const { return m_columns.at(i); }
    void setTarget(int column, Target target, const QString &field = QString(), const QString &part = QString());
    QStringList headers() const;
    // The indexes of the columns that go into field, in column order.
    QList<int> columnsFor(const QString &field) const;
    bool mapsAnything() const;

    QJsonObject toJson() const;
    // Columns are matched by position; headers that differ are refused, since a profile
    // made for another file would put values in the wrong fields.
    static Result fromJson(const QJsonObject &json, const QStringList &headers, ImportMapping *mapping);

    bool operator==(const ImportMapping &o) const { return m_columns == o.m_columns; }

private:
    QList<Column> m_columns;
};

} // namespace Kempt
