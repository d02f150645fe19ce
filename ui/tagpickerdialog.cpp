#include "tagpickerdialog.h"
#include "alignment.h"
#include "recordnouns.h"
#include "tagslineedit.h"

#include "itemmodels/taglistmodel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kempt {

TagPickerDialog::TagPickerDialog(Workspace *workspace, Mode mode, Entity entity, qint64 selectedCount,
                                 qint64 filteredCount, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_entity(entity)
    , m_selected(selectedCount)
    , m_filtered(filteredCount)
    , m_tags(new TagsLineEdit(this))
    , m_selectedScope(new QRadioButton(RecordNouns::selected(entity, selectedCount), this))
    , m_allScope(new QRadioButton(RecordNouns::allInView(entity, filteredCount), this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Add ? tr("Add Tags") : tr("Remove Tags"));
    m_tags->setTagModel(new TagListModel(workspace, this), TagListModel::NameRole);
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
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(mode == Mode::Add ? tr("Add to:") : tr("Remove from:"), scope);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(leadingEdge() | Qt::AlignTop);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? tr("&Add Tags") : tr("&Remove Tags"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tags, &QLineEdit::textChanged, this, &TagPickerDialog::updateSummary);
    connect(scopeGroup, &QButtonGroup::buttonToggled, this, &TagPickerDialog::updateSummary);
    updateSummary();
    setMinimumWidth(440);
}

QStringList TagPickerDialog::tags() const
{
    return m_tags->tags();
}

void TagPickerDialog::setTags(const QStringList &tags)
{
    m_tags->setTags(tags);
}

bool TagPickerDialog::allFiltered() const
{
    return m_allScope->isChecked();
}

void TagPickerDialog::setAllFiltered(bool all)
{
    (all || m_selected == 0 ? m_allScope : m_selectedScope)->setChecked(true);
}

qint64 TagPickerDialog::recordCount() const
{
    return allFiltered() ? m_filtered : m_selected;
}

void TagPickerDialog::updateSummary()
{
    const QStringList names = tags();
    const QString records = RecordNouns::count(m_entity, recordCount());
    if (names.isEmpty())
        m_summary->setText(tr("Type one or more tags, separated by commas."));
    else if (m_mode == Mode::Add)
        m_summary->setText(tr("This adds %1 to %2.").arg(locale().createSeparatedList(names), records));
    else
        m_summary->setText(tr("This removes %1 from %2.").arg(locale().createSeparatedList(names), records));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!names.isEmpty() && recordCount() > 0);
}

} // namespace Kempt
