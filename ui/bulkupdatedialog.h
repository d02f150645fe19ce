#pragma once

#include "domain/fielddef.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace Kempt {

class FieldValueEditor;
class Workspace;

// Sets one field to one value on many records: the selected rows, or every row the
// current view shows. The caller confirms and pushes UpdateField.
class BulkUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    BulkUpdateDialog(Workspace *workspace, Entity entity, qint64 selectedCount, qint64 filteredCount,
                     QWidget *parent = nullptr);

    // The fields a bulk update may set: editable ones, without those that make no sense
    // on many records at once (tags have their own actions, an e-mail address is personal).
    static QList<FieldDef> bulkFields(const QList<FieldDef> &fields);

    FieldDef field() const;
    void setFieldKey(const QString &key);
    QVariant value() const;
    QString valueText() const;
    bool allFiltered() const;
    void setAllFiltered(bool all);
    qint64 recordCount() const;

    FieldValueEditor *valueEditor() const { return m_value; }
    QComboBox *fieldCombo() const { return m_field; }

private:
    void updateSummary();

    Entity m_entity;
    QList<FieldDef> m_fields;
    qint64 m_selected;
    qint64 m_filtered;
    QComboBox *m_field;
    FieldValueEditor *m_value;
    QRadioButton *m_selectedScope;
    QRadioButton *m_allScope;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace Kempt
