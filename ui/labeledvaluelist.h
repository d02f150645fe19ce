#pragma once

#include <QList>
#include <QPair>
#include <QVariant>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace Kempt {

// One row of a LabeledValueList; extra travels unchanged (e.g. a phone's E.164 form).
struct LabeledValue
{
    QString label;
    QString value;
    bool primary = false;
    QVariant extra;
};

// Several values of one kind (e-mail addresses, phone numbers, social profiles), each
// with a label picked from a fixed list, optionally one of them primary, rows added and
// removed freely.
class LabeledValueList : public QWidget
{
    Q_OBJECT
public:
    // labels: stored key and shown text, in the order offered.
    LabeledValueList(const QList<QPair<QString, QString>> &labels, bool withPrimary, QWidget *parent = nullptr);

    void setPlaceholder(const QString &text);
    void setAddText(const QString &text);

    void setValues(const QList<LabeledValue> &values);
    // Rows with a non-empty value, in order; exactly one is primary when withPrimary.
    QList<LabeledValue> values() const;

    int rowCount() const { return int(m_rows.size()); }
    int addRow(const LabeledValue &value = LabeledValue());
    void removeRow(int row);

    QLineEdit *valueEdit(int row) const;
    QComboBox *labelCombo(int row) const;
    QRadioButton *primaryButton(int row) const;
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *label = nullptr;
        QLineEdit *value = nullptr;
        QRadioButton *primary = nullptr;
        QVariant extra;
    };

    QList<QPair<QString, QString>> m_labels;
    bool m_withPrimary;
    QString m_placeholder;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QButtonGroup *m_primaryGroup;
    QPushButton *m_add;
};

} // namespace Kempt
