#include "qualityscoretile.h"
#include "severitystyle.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace Kempt {

QualityScoreTile::QualityScoreTile(const QString &title, const QString &explanation, bool prominent, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_delta(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setToolTip(explanation);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * (prominent ? 2.6 : 1.9));
    big.setBold(true);
    m_value->setFont(big);
    m_delta->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *l : {m_title, m_value, m_delta})
        l->setAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_delta);
    clear();
}

void QualityScoreTile::setScore(double value, double previous)
{
    m_value->setText(QLocale().toString(value, 'f', 1));
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, SeverityStyle::scoreColor(value));
    m_value->setPalette(p);
    if (previous < 0) {
        m_delta->setText(tr("first audit"));
        return;
    }
    const double delta = value - previous;
    if (std::abs(delta) < 0.05)
        m_delta->setText(tr("unchanged"));
    else
        m_delta->setText((delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + QLocale().toString(std::abs(delta), 'f', 1));
}

void QualityScoreTile::clear()
{
    m_value->setText(QStringLiteral("–"));
    m_value->setPalette(palette());
    m_delta->setText(QString());
}

QString QualityScoreTile::valueText() const
{
    return m_value->text();
}

} // namespace Kempt
