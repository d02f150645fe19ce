#pragma once

#include "itemmodels/boardfilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace Kempt {

// What the pipeline board shows: words in the title or company, one owner's deals, and
// an expected close date in a period (this month, next quarter, overdue, or a range).
class BoardFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Any, Overdue, ThisMonth, NextMonth, ThisQuarter, Next90Days, Custom };
    Q_ENUM(Period)

    explicit BoardFilterBar(QWidget *parent = nullptr);

    BoardFilter filter() const;
    // The owners to choose from; the one chosen stays when still listed.
    void setOwners(const QStringList &owners);
    void setOwner(const QString &owner);
    void setPeriod(Period period);
    void setCustomRange(const QDate &from, const QDate &to);
    void clear();

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *ownerCombo() const { return m_owner; }
    QComboBox *periodCombo() const { return m_period; }
    QLabel *summaryLabel() const { return m_summary; }

    // The close-date bounds of a period, as of today.
    static void periodRange(Period period, const QDate &today, QDate *from, QDate *to);

Q_SIGNALS:
    void filterChanged(const Kempt::BoardFilter &filter);

private:
    void emitChanged();

    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_owner;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_dash;
    QLabel *m_summary;
    BoardFilter m_last;
};

} // namespace Kempt
