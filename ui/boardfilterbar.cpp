#include "boardfilterbar.h"
#include "icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace Kempt {

namespace {

constexpr int searchDelayMs = 150;

QDate firstOfQuarter(const QDate &d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

} // namespace

void BoardFilterBar::periodRange(Period period, const QDate &today, QDate *from, QDate *to)
{
    *from = QDate();
    *to = QDate();
    const QDate month(today.year(), today.month(), 1);
    switch (period) {
    case Period::Any:
    case Period::Custom:
        break;
    case Period::Overdue:
        *to = today.addDays(-1);
        break;
    case Period::ThisMonth:
        *from = month;
        *to = month.addMonths(1).addDays(-1);
        break;
    case Period::NextMonth:
        *from = month.addMonths(1);
        *to = month.addMonths(2).addDays(-1);
        break;
    case Period::ThisQuarter:
        *from = firstOfQuarter(today);
        *to = from->addMonths(3).addDays(-1);
        break;
    case Period::Next90Days:
        *from = today;
        *to = today.addDays(90);
        break;
    }
}

BoardFilterBar::BoardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_owner(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("boardFilterBar"));
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Filter by title or company"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(320);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &BoardFilterBar::emitChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        emitChanged();
    });

    m_owner->setObjectName(QStringLiteral("boardOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setMinimumContentsLength(12);
    m_owner->addItem(tr("All owners"), QString());
    m_owner->setToolTip(tr("Show one owner's deals"));
    connect(m_owner, &QComboBox::currentIndexChanged, this, &BoardFilterBar::emitChanged);

    m_period->setObjectName(QStringLiteral("boardPeriod"));
    m_period->setToolTip(tr("Show deals expected to close in a period"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QList<QPair<Period, QString>> periods = {
        {Period::Any, tr("Any close date")},       {Period::Overdue, tr("Overdue")},
        {Period::ThisMonth, tr("Closing this month")}, {Period::NextMonth, tr("Closing next month")},
        {Period::ThisQuarter, tr("Closing this quarter")}, {Period::Next90Days, tr("Closing in 90 days")},
        {Period::Custom, tr("Closing between…")}};
    for (const auto &[period, label] : periods)
        m_period->addItem(label, int(period));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setVisible(custom);
        m_dash->setVisible(custom);
        m_to->setVisible(custom);
        emitChanged();
    });
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &BoardFilterBar::emitChanged);
    }
    m_from->setObjectName(QStringLiteral("boardCloseFrom"));
    m_to->setObjectName(QStringLiteral("boardCloseTo"));
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(QDate(today.year(), today.month(), 1).addMonths(3).addDays(-1));
    m_dash->setVisible(false);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_owner);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addStretch();
    layout->addWidget(m_summary);
    m_last = filter();
}

BoardFilter BoardFilterBar::filter() const
{
    BoardFilter f;
    f.text = m_search->text().simplified();
    f.owner = m_owner->currentData().toString();
    const Period period = Period(m_period->currentData().toInt());
    if (period == Period::Custom) {
        f.closeFrom = std::min(m_from->date(), m_to->date());
        f.closeTo = std::max(m_from->date(), m_to->date());
    } else {
        periodRange(period, QDate::currentDate(), &f.closeFrom, &f.closeTo);
    }
    return f;
}

void BoardFilterBar::emitChanged()
{
    const BoardFilter f = filter();
    if (f == m_last)
        return;
    m_last = f;
    Q_EMIT filterChanged(f);
}

void BoardFilterBar::setOwners(const QStringList &owners)
{
    const QString current = m_owner->currentData().toString();
    {
        const QSignalBlocker block(m_owner);
        while (m_owner->count() > 1)
            m_owner->removeItem(1);
        for (const QString &o : owners)
            m_owner->addItem(o, o);
        const int keep = m_owner->findData(current);
        m_owner->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    emitChanged();
}

void BoardFilterBar::setOwner(const QString &owner)
{
    const int i = m_owner->findData(owner);
    m_owner->setCurrentIndex(i >= 0 ? i : 0);
}

void BoardFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void BoardFilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setPeriod(Period::Custom);
    emitChanged();
}

void BoardFilterBar::clear()
{
    const QSignalBlocker a(m_search);
    const QSignalBlocker b(m_owner);
    const QSignalBlocker c(m_period);
    m_searchTimer->stop();
    m_search->clear();
    m_owner->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_dash), static_cast<QWidget *>(m_to)})
        w->setVisible(false);
    m_last = filter();
}

} // namespace Kempt
