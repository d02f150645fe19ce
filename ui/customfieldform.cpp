#include "customfieldform.h"
#include "optionaldateedit.h"

#include "domain/customfielddef.h"
#include "stores/customfieldstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Kempt {

namespace {

QString bareKey(const FieldDef &f)
{
    return f.key.mid(int(qstrlen("custom.")));
}

CustomFieldDef definitionOf(const FieldDef &f)
{
    CustomFieldDef def;
    def.id = f.customFieldId;
    def.key = bareKey(f);
    def.label = f.displayLabel();
    def.choices = f.choices;
    switch (f.type) {
    case FieldType::Number: def.type = CustomFieldType::Number; break;
    case FieldType::Date: def.type = CustomFieldType::Date; break;
    case FieldType::Choice: def.type = CustomFieldType::Choice; break;
    case FieldType::Bool: def.type = CustomFieldType::Checkbox; break;
    default: def.type = CustomFieldType::Text; break;
    }
    return def;
}

} // namespace

CustomFieldForm::CustomFieldForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void CustomFieldForm::setFields(const QList<FieldDef> &fields)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_fields.clear();
    for (const FieldDef &f : fields) {
        if (f.storage != FieldStorage::Custom)
            continue;
        QWidget *editor = nullptr;
        switch (f.type) {
        case FieldType::Bool: {
            auto *check = new QCheckBox(this);
            connect(check, &QCheckBox::toggled, this, &CustomFieldForm::changed);
            editor = check;
            break;
        }
        case FieldType::Date: {
            auto *date = new OptionalDateEdit(this);
            connect(date, &OptionalDateEdit::dateChanged, this, &CustomFieldForm::changed);
            editor = date;
            break;
        }
        case FieldType::Choice: {
            auto *combo = new QComboBox(this);
            combo->addItem(QString());
            combo->addItems(f.choices);
            connect(combo, &QComboBox::currentIndexChanged, this, &CustomFieldForm::changed);
            editor = combo;
            break;
        }
        default: {
            auto *line = new QLineEdit(this);
            line->setClearButtonEnabled(true);
            if (f.type == FieldType::Number)
                line->setPlaceholderText(tr("A number, e.g. 42 or 3.5"));
            connect(line, &QLineEdit::textChanged, this, &CustomFieldForm::changed);
            editor = line;
            break;
        }
        }
        editor->setObjectName(f.key);
        m_layout->addRow(f.displayLabel() + QLatin1Char(':'), editor);
        m_editors.insert(bareKey(f), editor);
        m_fields << f;
    }
}

void CustomFieldForm::setValues(const QVariantMap &values)
{
    m_original = values;
    for (const FieldDef &f : std::as_const(m_fields)) {
        const QVariant v = values.value(bareKey(f));
        QWidget *editor = m_editors.value(bareKey(f));
        if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            check->setChecked(CustomFieldStore::normalized(definitionOf(f), v).toInt() == 1);
        } else if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
            date->setDate(QDate::fromString(v.toString(), Qt::ISODate));
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            int row = combo->findText(v.toString());
            if (row < 0) {
                combo->addItem(v.toString()); // a value from before the choices changed stays visible
                row = combo->count() - 1;
            }
            combo->setCurrentIndex(row);
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(v.toString());
        }
    }
}

QVariant CustomFieldForm::rawValue(const FieldDef &f) const
{
    QWidget *editor = m_editors.value(bareKey(f));
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? QVariant(1) : QVariant();
    if (auto *date = qobject_cast<OptionalDateEdit *>(editor))
        return date->isSet() ? QVariant(date->date().toString(Qt::ISODate)) : QVariant();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText().isEmpty() ? QVariant() : QVariant(combo->currentText());
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().trimmed().isEmpty() ? QVariant() : QVariant(line->text().trimmed());
    return {};
}

QVariantMap CustomFieldForm::values() const
{
    QVariantMap result;
    for (const FieldDef &f : m_fields) {
        const QString key = bareKey(f);
        const CustomFieldDef def = definitionOf(f);
        const QVariant original = m_original.value(key);
        const QVariant now = CustomFieldStore::normalized(def, rawValue(f));
        // "3" and 3.0, or an unticked box and a stored 0, are the same value: keep the original.
        if (original.isValid() && CustomFieldStore::normalized(def, original) == now) {
            result.insert(key, original);
            continue;
        }
        if (f.type == FieldType::Bool && now.isNull() && original.isValid()
            && CustomFieldStore::normalized(def, original).toInt() == 0) {
            result.insert(key, original);
            continue;
        }
        if (!now.isNull())
            result.insert(key, now);
    }
    // Values of fields this form does not show are passed through untouched.
    for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
        if (!m_editors.contains(it.key()))
            result.insert(it.key(), it.value());
    return result;
}

Result CustomFieldForm::validate() const
{
    for (const FieldDef &f : m_fields) {
        const Result r = CustomFieldStore::validate(definitionOf(f), rawValue(f));
        if (!r)
            return r;
    }
    return Result::success();
}

QWidget *CustomFieldForm::editorFor(const QString &key) const
{
    return m_editors.value(key);
}

} // namespace Kempt
