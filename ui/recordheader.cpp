#include "recordheader.h"
#include "alignment.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace Kempt {

namespace {

constexpr int badgeSize = 44;

QColor badgeColor(const QString &name)
{
    // A stable, muted hue per name, so the same person always gets the same colour.
    const int hue = int(qHash(name) % 360);
    return QColor::fromHsl(hue, 110, 120);
}

} // namespace

RecordHeader::RecordHeader(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    m_badge->setFixedSize(badgeSize, badgeSize);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_title->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_subtitle->setAlignment(leadingEdge() | Qt::AlignVCenter);
    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addStretch();
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    text->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(12);
    layout->addWidget(m_badge);
    layout->addLayout(text, 1);
}

QString RecordHeader::initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar c = word.at(0);
        if (c.isLetterOrNumber())
            initials += c.toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials;
}

void RecordHeader::setTitle(const QString &title, const QString &placeholder)
{
    const QString shown = title.trimmed().isEmpty() ? placeholder : title.trimmed();
    m_title->setText(shown);
    m_title->setForegroundRole(title.trimmed().isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    updateBadge(title.trimmed());
}

void RecordHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString RecordHeader::title() const
{
    return m_title->text();
}

void RecordHeader::updateBadge(const QString &name)
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(badgeSize, badgeSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(name.isEmpty() ? palette().color(QPalette::Mid) : badgeColor(name));
    p.drawEllipse(QRectF(0, 0, badgeSize, badgeSize));
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(badgeSize * 2 / 5);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, badgeSize, badgeSize), Qt::AlignCenter, initialsOf(name));
    p.end();
    m_badge->setPixmap(pixmap);
}

} // namespace Kempt
