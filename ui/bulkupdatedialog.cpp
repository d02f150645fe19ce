#include "bulkupdatedialog.h"
#include "alignment.h"
#include "fieldvalueeditor.h"
#include "recordnouns.h"

#include "domain/fieldcatalog.h"
#include "storage/workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kempt {

QList<FieldDef> BulkUpdateDialog::bulkFields(const QList<FieldDef> &fields)
{
    QList<FieldDef> result;
    for (const FieldDef &f : fields) {
        if (!f.editable || f.storage == FieldStorage::Computed || f.storage == FieldStorage::TagSet
            || f.type == FieldType::Email || f.type == FieldType::Phone)
            continue;
        result << f;
    }
    return result;
}

BulkUpdateDialog::BulkUpdateDialog(Workspace *workspace, Entity entity, qint64 selectedCount, qint64 filteredCount,
                                   QWidget *parent)
    : QDialog(parent)
    , m_entity(entity)
    , m_fields(bulkFields(workspace && workspace->isOpen() ? FieldCatalog::fields(entity, workspace->db())
                                                           : FieldCatalog::builtIn(entity)))
    , m_selected(selectedCount)
    , m_filtered(filteredCount)
    , m_field(new QComboBox(this))
    , m_value(new FieldValueEditor(workspace, this))
    , m_selectedScope(new QRadioButton(this))
    , m_allScope(new QRadioButton(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Bulk Update"));
    for (const FieldDef &f : std::as_const(m_fields))
        m_field->addItem(f.displayLabel(), f.key);
    m_field->setMaxVisibleItems(20);

    m_selectedScope->setText(RecordNouns::selected(entity, selectedCount));
    m_allScope->setText(RecordNouns::allInView(entity, filteredCount));
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_selectedScope);
    scopeGroup->addButton(m_allScope);
    m_selectedScope->setEnabled(selectedCount > 0);
    (selectedCount > 0 ? m_selectedScope : m_allScope)->setChecked(true);

    auto *scope = new QVBoxLayout;
    scope->setSpacing(2);
    scope->addWidget(m_selectedScope);
    scope->addWidget(m_allScope);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&New value:"), m_value);
    form->addRow(tr("Apply to:"), scope);

    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(leadingEdge() | Qt::AlignTop);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Update"));
    auto *intro = new QLabel(tr("Sets one field to the same value on many records at once. "
                                "A single Undo takes the whole change back."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(leadingEdge() | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_value->setField(field());
        updateSummary();
    });
    connect(m_value, &FieldValueEditor::changed, this, &BulkUpdateDialog::updateSummary);
    connect(scopeGroup, &QButtonGroup::buttonToggled, this, &BulkUpdateDialog::updateSummary);
    m_value->setField(field());
    updateSummary();
    setMinimumWidth(460);
}

FieldDef BulkUpdateDialog::field() const
{
    return FieldCatalog::find(m_fields, m_field->currentData().toString());
}

void BulkUpdateDialog::setFieldKey(const QString &key)
{
    const int row = m_field->findData(key);
    if (row >= 0)
        m_field->setCurrentIndex(row);
}

QVariant BulkUpdateDialog::value() const
{
    return m_value->value();
}

QString BulkUpdateDialog::valueText() const
{
    return m_value->valueText();
}

bool BulkUpdateDialog::allFiltered() const
{
    return m_allScope->isChecked();
}

void BulkUpdateDialog::setAllFiltered(bool all)
{
    (all || m_selected == 0 ? m_allScope : m_selectedScope)->setChecked(true);
}

qint64 BulkUpdateDialog::recordCount() const
{
    return allFiltered() ? m_filtered : m_selected;
}

void BulkUpdateDialog::updateSummary()
{
    const qint64 n = recordCount();
    const QString text = valueText();
    const QString label = field().displayLabel();
    if (text.isEmpty())
        m_summary->setText(tr("This clears %1 on %2.").arg(label, RecordNouns::count(m_entity, n)));
    else
        m_summary->setText(tr("This changes %1 to “%2” on %3.").arg(label, text, RecordNouns::count(m_entity, n)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0 && field().isValid());
}

} // namespace Kempt
