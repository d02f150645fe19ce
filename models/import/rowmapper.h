#pragma once

#include "domain/contact.h"
#include "import/importmapping.h"

#include <QHash>
#include <QStringList>

namespace Kempt {

// Turns one spreadsheet row into a contact, following an ImportMapping: values of several
// columns for one field are gathered (E-mail 1 and E-mail 2 become two addresses; two
// street columns one street), a full name in one column is split into its parts, a
// birthday in three columns is put together, and custom columns fill custom fields.
// Values are taken as they are: cleaning them is the style guide's job, later.
class RowMapper
{
public:
    // customKeys: the key of the custom field each custom column's label names.
    RowMapper(const ImportMapping &mapping, const QHash<QString, QString> &customKeys = {});

    Contact map(const QStringList &cells) const;

private:
    QString joined(const QStringList &cells, const QList<int> &columns, const QString &separator) const;
    QStringList listed(const QStringList &cells, const QList<int> &columns) const;
    QString birthday(const QStringList &cells) const;

    ImportMapping m_mapping;
    QHash<QString, QString> m_customKeys;
    QHash<QString, QList<int>> m_byField;
    QList<int> m_custom;
};

} // namespace Kempt
