#pragma once

#include "domain/fielddef.h"

#include <QVariant>
#include <QWidget>

class QStackedLayout;

namespace Kempt {

class Workspace;

// An input that fits a field's type: a check box for yes/no, a date edit for dates, the
// country list, editable combo boxes for owners, companies and picklists, else a line.
class FieldValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldValueEditor(Workspace *workspace, QWidget *parent = nullptr);

    void setField(const FieldDef &field);
    FieldDef field() const { return m_field; }

    // In the form UpdateField takes; an empty string clears the field.
    QVariant value() const;
    void setValue(const QVariant &value);
    // The value as a person reads it, for confirmations; empty when it clears the field.
    QString valueText() const;

    QWidget *editor() const { return m_editor; }

Q_SIGNALS:
    void changed();

private:
    Workspace *m_workspace;
    FieldDef m_field;
    QWidget *m_editor = nullptr;
};

} // namespace Kempt
