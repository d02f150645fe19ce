#include "fieldvalueeditor.h"
#include "countrycombobox.h"
#include "fieldsuggestions.h"
#include "optionaldateedit.h"

#include "core/timestamps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

namespace Kempt {

FieldValueEditor::FieldValueEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FieldValueEditor::setField(const FieldDef &field)
{
    m_field = field;
    delete m_editor;
    m_editor = nullptr;
    switch (field.type) {
    case FieldType::Bool: {
        auto *check = new QCheckBox(tr("Yes"), this);
        connect(check, &QCheckBox::toggled, this, &FieldValueEditor::changed);
        m_editor = check;
        break;
    }
    case FieldType::Date:
    case FieldType::DateTime: {
        auto *date = new OptionalDateEdit(this);
        date->setDate(QDate::currentDate());
        connect(date, &OptionalDateEdit::dateChanged, this, &FieldValueEditor::changed);
        m_editor = date;
        break;
    }
    case FieldType::Country: {
        auto *country = new CountryComboBox(this);
        connect(country, &QComboBox::currentIndexChanged, this, &FieldValueEditor::changed);
        m_editor = country;
        break;
    }
    case FieldType::Owner:
    case FieldType::Company:
    case FieldType::Choice: {
        auto *combo = new QComboBox(this);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(FieldSuggestions::of(field, m_workspace));
        combo->setCurrentIndex(-1);
        combo->lineEdit()->setPlaceholderText(tr("Leave empty to clear %1").arg(field.displayLabel()));
        connect(combo, &QComboBox::currentTextChanged, this, &FieldValueEditor::changed);
        m_editor = combo;
        break;
    }
    default: {
        auto *line = new QLineEdit(this);
        line->setClearButtonEnabled(true);
        line->setPlaceholderText(tr("Leave empty to clear %1").arg(field.displayLabel()));
        if (field.type == FieldType::Number)
            line->setValidator(new QDoubleValidator(line));
        connect(line, &QLineEdit::textChanged, this, &FieldValueEditor::changed);
        m_editor = line;
        break;
    }
    }
    if (!qobject_cast<QCheckBox *>(m_editor))
        m_editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout()->addWidget(m_editor);
    setFocusProxy(m_editor);
    Q_EMIT changed();
}

QVariant FieldValueEditor::value() const
{
    if (auto *check = qobject_cast<QCheckBox *>(m_editor))
        return check->isChecked();
    if (auto *date = qobject_cast<OptionalDateEdit *>(m_editor)) {
        if (!date->isSet())
            return QString();
        if (m_field.type == FieldType::DateTime)
            return toIso(QDateTime(date->date(), QTime(0, 0), Qt::UTC));
        return date->date().toString(Qt::ISODate);
    }
    if (auto *country = qobject_cast<CountryComboBox *>(m_editor))
        return country->code();
    if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        return combo->currentText().trimmed();
    if (auto *line = qobject_cast<QLineEdit *>(m_editor)) {
        if (m_field.type == FieldType::Number && !line->text().trimmed().isEmpty()) {
            bool ok = false;
            const double d = QLocale().toDouble(line->text().trimmed(), &ok);
            return ok ? QLocale::c().toString(d, 'g', 15) : line->text().trimmed();
        }
        return line->text().trimmed();
    }
    return {};
}

void FieldValueEditor::setValue(const QVariant &value)
{
    if (auto *check = qobject_cast<QCheckBox *>(m_editor))
        check->setChecked(value.toBool());
    else if (auto *date = qobject_cast<OptionalDateEdit *>(m_editor))
        date->setDate(value.typeId() == QMetaType::QDate ? value.toDate()
                                                         : QDate::fromString(value.toString().left(10), Qt::ISODate));
    else if (auto *country = qobject_cast<CountryComboBox *>(m_editor))
        country->setCode(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        combo->setCurrentText(value.toString());
    else if (auto *line = qobject_cast<QLineEdit *>(m_editor))
        line->setText(value.toString());
}

QString FieldValueEditor::valueText() const
{
    if (auto *check = qobject_cast<QCheckBox *>(m_editor))
        return check->isChecked() ? tr("yes") : tr("no");
    if (auto *date = qobject_cast<OptionalDateEdit *>(m_editor))
        return date->isSet() ? QLocale().toString(date->date(), QLocale::ShortFormat) : QString();
    if (auto *country = qobject_cast<CountryComboBox *>(m_editor))
        return country->code().isEmpty() ? QString() : CountryComboBox::nameOf(country->code());
    return value().toString();
}

} // namespace Kempt
