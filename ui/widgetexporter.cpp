#include "widgetexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QWidget>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WidgetExporter)
};

Result cannotWrite(const QString &path)
{
    return Result::failure(Tr::tr("Cannot write %1. Choose a folder you may write to and try again.")
                               .arg(QDir::toNativeSeparators(path)));
}

} // namespace

Result WidgetExporter::savePng(QWidget *widget, const QString &path)
{
    // Twice the screen's pixels, so the picture stays crisp in a report or on a slide.
    const qreal scale = 2.0;
    QPixmap pixmap(widget->size() * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(widget->palette().color(QPalette::Window));
    widget->render(&pixmap, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!pixmap.save(path, "PNG"))
        return cannotWrite(path);
    return Result::success();
}

Result WidgetExporter::savePdf(QWidget *widget, const QString &path, const QString &title)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kempt"));
    writer.setResolution(150);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return cannotWrite(path);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRect area(0, 0, page.width(), page.height());
    const qreal scale = std::min(qreal(area.width()) / widget->width(), qreal(area.height()) / widget->height());
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!painter.end() || !QFileInfo(path).exists())
        return cannotWrite(path);
    return Result::success();
}

} // namespace Kempt
