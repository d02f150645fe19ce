#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace Kempt {

// A date that may also be "not set": a check box in front of a date edit. Birthdays and
// unsubscribe dates are unknown far more often than known.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Invalid when not set.
    QDate date() const;
    void setDate(const QDate &date);
    bool isSet() const;
    // The date offered when the box is ticked and no date was set before.
    void setDefaultDate(const QDate &date);

    QDateEdit *dateEdit() const { return m_edit; }
    QCheckBox *checkBox() const { return m_check; }

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
    QDate m_lastDate;
};

} // namespace Kempt
