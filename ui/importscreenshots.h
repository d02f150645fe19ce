#pragma once

#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace Kempt {

class MainWindow;

// The screenshot steps of the import wizard, its Import history and File ▸ Export…: a
// sample file is written (rows as a person's own list has them, two of them people the
// workspace already holds), taken through every page of the wizard, and the import is
// undone at the end so that later screenshots see the workspace as it was.
class ImportScreenshots
{
public:
    using Shoot = std::function<void(QWidget *widget, const QString &name)>;
    static QList<std::function<void()>> steps(MainWindow *window, const Shoot &shoot);
};

} // namespace Kempt
