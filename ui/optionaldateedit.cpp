#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace Kempt {

namespace {
// The date edit shows its special text ("Not set") at its minimum, so the minimum
// stands for "no date" and lies before any date a person would enter.
const QDate noDate(1800, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_check->setToolTip(tr("Set a date"));
    m_edit->setCalendarPopup(true);
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Two-digit years are ambiguous for birthdays; fall back to ISO when the locale uses them.
    m_edit->setDisplayFormat(format.contains(QLatin1String("yyyy")) ? format : QStringLiteral("yyyy-MM-dd"));
    m_edit->setMinimumDate(noDate);
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDate(noDate);
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_edit->date() == noDate)
            m_edit->setDate(m_lastDate.isValid() ? m_lastDate : QDate::currentDate());
        if (!on) {
            if (m_edit->date() != noDate)
                m_lastDate = m_edit->date();
            m_edit->setDate(noDate);
        }
        m_edit->setEnabled(on);
        if (on)
            m_edit->setFocus();
        Q_EMIT dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (isSet())
            Q_EMIT dateChanged(date());
    });
}

QDate OptionalDateEdit::date() const
{
    return isSet() ? m_edit->date() : QDate();
}

bool OptionalDateEdit::isSet() const
{
    return m_check->isChecked() && m_edit->date() != noDate;
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const bool valid = date.isValid() && date > noDate;
    const QSignalBlocker block(m_check);
    m_check->setChecked(valid);
    m_edit->setDate(valid ? date : noDate);
    m_edit->setEnabled(valid);
    Q_EMIT dateChanged(this->date());
}

void OptionalDateEdit::setDefaultDate(const QDate &date)
{
    m_lastDate = date;
}

} // namespace Kempt
