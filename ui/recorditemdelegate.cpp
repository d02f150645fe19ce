#include "recorditemdelegate.h"
#include "countrycombobox.h"
#include "fieldsuggestions.h"
#include "qualitycell.h"

#include "itemmodels/recordtablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace Kempt {

namespace {

FieldDef fieldOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const RecordTableModel *>(index.model());
    return model ? model->fieldAt(index.column()) : FieldDef();
}

} // namespace

RecordItemDelegate::RecordItemDelegate(Workspace *workspace, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_workspace(workspace)
{
}

void RecordItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (QualityCell::apply(option, fieldOf(index).key, index))
        return;
    if (option->text.isEmpty())
        return;
    const Qt::LayoutDirection window = option->direction;
    const bool hasAlignment = index.data(Qt::TextAlignmentRole).isValid();
    const Qt::Alignment horizontal = hasAlignment ? QStyle::visualAlignment(window, option->displayAlignment) & Qt::AlignHorizontal_Mask
                                                  : QStyle::visualAlignment(window, Qt::AlignLeft);
    option->displayAlignment = Qt::AlignAbsolute | horizontal | Qt::AlignVCenter;
    option->direction = option->text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

QWidget *RecordItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const FieldDef field = fieldOf(index);
    switch (field.type) {
    case FieldType::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    case FieldType::Country:
        return new CountryComboBox(parent);
    case FieldType::Owner:
    case FieldType::Company:
    case FieldType::Choice: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(FieldSuggestions::of(field, m_workspace));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RecordItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *country = qobject_cast<CountryComboBox *>(editor))
        country->setCode(value);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(value);
    else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        date->setDate(d.isValid() ? d : QDate::currentDate());
    } else
        QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *country = qobject_cast<CountryComboBox *>(editor))
        model->setData(index, country->code());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText().trimmed());
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Kempt
