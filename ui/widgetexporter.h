#pragma once

#include "core/result.h"

#include <QString>

class QWidget;

namespace Kempt {

// Saves what a widget shows as a picture or a one-page PDF report (the dashboard's
// export). The PDF is drawn, not pasted as a bitmap, so text and charts stay sharp.
class WidgetExporter
{
public:
    static Result savePng(QWidget *widget, const QString &path);
    static Result savePdf(QWidget *widget, const QString &path, const QString &title);
};

} // namespace Kempt
