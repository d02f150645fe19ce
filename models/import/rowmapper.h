#pragma once

#include "domain/contact.h"
#include "import/importmapping.h"

#include <QHash>
#include <QStringList>
#include <functional>

namespace Kempt {

// Turns one spreadsheet row into a contact, following an ImportMapping: values of several
// columns for one field are gathered (E-mail 1 and E-mail 2 become two addresses; two
// street columns one street), a full name in one column is split into its parts, a
// birthday in three columns is put together, and custom columns fill custom fields.
// Values are taken as they are: cleaning them is the style guide's job, later. A label
// column beside an e-mail or phone column gives its values their label (work, home,
// mobile, other); the columns mapped to ImportMapping::notesField() make the row's note.
class RowMapper
{
public:
    // customKeys: the key of the custom field each custom column's label names.
    RowMapper(const ImportMapping &mapping, const QHash<QString, QString> &customKeys = {});

    Contact map(const QStringList &cells) const;
    // The text of the notes columns, paragraph by paragraph; empty when there is none.
    QString note(const QStringList &cells) const;
    // "* Work", "Mobile", "Business Fax", "Privat" -> work, mobile, other, home; empty
    // text -> empty (the value keeps its default label).
    static QString labelOf(const QString &text);

private:
    QString joined(const QStringList &cells, const QList<int> &columns, const QString &separator) const;
    QString birthday(const QStringList &cells) const;

    ImportMapping m_mapping;
    QHash<QString, QString> m_customKeys;
    void addLabelled(const QStringList &cells, const QString &field, const std::function<void(const QString &, const QString &)> &add) const;

    QHash<QString, QList<int>> m_byField;
    QHash<QString, QList<int>> m_labels; // field -> its label columns
    QList<int> m_custom;
};

} // namespace Kempt
