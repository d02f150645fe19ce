#include "labeledvaluelist.h"
#include "icons.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kempt {

LabeledValueList::LabeledValueList(const QList<QPair<QString, QString>> &labels, bool withPrimary, QWidget *parent)
    : QWidget(parent)
    , m_labels(labels)
    , m_withPrimary(withPrimary)
    , m_rowsLayout(new QVBoxLayout)
    , m_primaryGroup(new QButtonGroup(this))
    , m_add(new QPushButton(Icons::get(QStringLiteral("add")), tr("Add"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch();
    layout->addLayout(addRowLayout);
    m_add->setAutoDefault(false);
    m_primaryGroup->setExclusive(true);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        valueEdit(row)->setFocus();
    });
}

void LabeledValueList::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    for (const Row &r : std::as_const(m_rows))
        r.value->setPlaceholderText(text);
}

void LabeledValueList::setAddText(const QString &text)
{
    m_add->setText(text);
}

int LabeledValueList::addRow(const LabeledValue &value)
{
    Row row;
    row.widget = new QWidget(this);
    auto *h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.label = new QComboBox(row.widget);
    for (const auto &label : std::as_const(m_labels))
        row.label->addItem(label.second, label.first);
    int labelIndex = row.label->findData(value.label);
    if (labelIndex < 0 && !value.label.isEmpty()) {
        row.label->addItem(value.label, value.label); // unknown labels stay as they are
        labelIndex = row.label->count() - 1;
    }
    row.label->setCurrentIndex(std::max(0, labelIndex));
    row.value = new QLineEdit(value.value, row.widget);
    row.value->setPlaceholderText(m_placeholder);
    row.value->setClearButtonEnabled(true);
    row.extra = value.extra;
    h->addWidget(row.label);
    h->addWidget(row.value, 1);
    if (m_withPrimary) {
        row.primary = new QRadioButton(tr("Primary"), row.widget);
        m_primaryGroup->addButton(row.primary);
        row.primary->setChecked(value.primary || m_rows.isEmpty());
        h->addWidget(row.primary);
        connect(row.primary, &QRadioButton::toggled, this, &LabeledValueList::changed);
    }
    auto *remove = new QToolButton(row.widget);
    remove->setIcon(Icons::get(QStringLiteral("trash")));
    remove->setToolTip(tr("Remove"));
    remove->setAutoRaise(true);
    h->addWidget(remove);
    QWidget *rowWidget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).widget == rowWidget)
                return removeRow(i);
    });
    connect(row.value, &QLineEdit::textChanged, this, &LabeledValueList::changed);
    connect(row.label, &QComboBox::currentIndexChanged, this, &LabeledValueList::changed);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    setTabOrder(row.value, m_add);
    Q_EMIT changed();
    return int(m_rows.size()) - 1;
}

void LabeledValueList::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row r = m_rows.takeAt(row);
    const bool wasPrimary = r.primary && r.primary->isChecked();
    if (r.primary)
        m_primaryGroup->removeButton(r.primary);
    r.widget->deleteLater();
    m_rowsLayout->removeWidget(r.widget);
    if (wasPrimary && !m_rows.isEmpty())
        m_rows.first().primary->setChecked(true);
    Q_EMIT changed();
}

void LabeledValueList::setValues(const QList<LabeledValue> &values)
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const LabeledValue &v : values)
        addRow(v);
}

QList<LabeledValue> LabeledValueList::values() const
{
    QList<LabeledValue> result;
    bool primarySeen = false;
    for (const Row &r : m_rows) {
        const QString text = r.value->text().trimmed();
        if (text.isEmpty())
            continue;
        LabeledValue v;
        v.label = r.label->currentData().toString();
        v.value = text;
        v.primary = r.primary && r.primary->isChecked();
        v.extra = r.extra;
        primarySeen = primarySeen || v.primary;
        result << v;
    }
    // The primary row may have been left empty; the first remaining value takes over.
    if (m_withPrimary && !primarySeen && !result.isEmpty())
        result.first().primary = true;
    return result;
}

QLineEdit *LabeledValueList::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

QComboBox *LabeledValueList::labelCombo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).label : nullptr;
}

QRadioButton *LabeledValueList::primaryButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).primary : nullptr;
}

} // namespace Kempt
