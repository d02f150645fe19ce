#pragma once

#include "core/result.h"
#include "domain/fielddef.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;

namespace Kempt {

// Inputs generated from a workspace's custom fields: text, number, date, choice and
// check box. Values are keyed without the "custom." prefix, as Contact::custom holds them.
class CustomFieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldForm(QWidget *parent = nullptr);

    // Only fields with FieldStorage::Custom are used; the others are skipped.
    void setFields(const QList<FieldDef> &fields);
    bool isEmpty() const { return m_fields.isEmpty(); }

    void setValues(const QVariantMap &values);
    // Values in their stored form; a cleared field is left out. A value that did not
    // change comes back exactly as it was given, so an untouched form changes nothing.
    QVariantMap values() const;
    // The first value a field cannot take, with a message naming the field.
    Result validate() const;

    QWidget *editorFor(const QString &key) const; // key without "custom."

Q_SIGNALS:
    void changed();

private:
    QVariant rawValue(const FieldDef &field) const;

    QList<FieldDef> m_fields;
    QHash<QString, QWidget *> m_editors;
    QVariantMap m_original;
    QFormLayout *m_layout;
};

} // namespace Kempt
