#include "severitystyle.h"

#include <QPainter>
#include <QPixmap>

namespace Kempt {

QColor SeverityStyle::color(StyleGuideRule::Severity severity)
{
    switch (severity) {
    case StyleGuideRule::Severity::Error: return QColor(0xd9, 0x2d, 0x20);
    case StyleGuideRule::Severity::Warning: return QColor(0xdc, 0x68, 0x03);
    case StyleGuideRule::Severity::Fix: return QColor(0x15, 0x70, 0xef);
    }
    return Qt::gray;
}

QIcon SeverityStyle::icon(StyleGuideRule::Severity severity)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(severity));
        const qreal margin = size * 0.12;
        p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        p.setPen(QPen(Qt::white, size * 0.13, Qt::SolidLine, Qt::RoundCap));
        const qreal c = size / 2.0;
        if (severity == StyleGuideRule::Severity::Fix) {
            // A tick: the guide corrects this by itself.
            p.drawPolyline(QPolygonF({QPointF(c - size * 0.2, c), QPointF(c - size * 0.04, c + size * 0.16),
                                      QPointF(c + size * 0.22, c - size * 0.16)}));
        } else {
            p.drawLine(QPointF(c, c - size * 0.22), QPointF(c, c + size * 0.04));
            p.drawPoint(QPointF(c, c + size * 0.2));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor SeverityStyle::scoreColor(double score)
{
    if (score >= 90)
        return QColor(0x06, 0x76, 0x47);
    if (score >= 75)
        return QColor(0xb5, 0x47, 0x08);
    return QColor(0xb4, 0x23, 0x18);
}

} // namespace Kempt
