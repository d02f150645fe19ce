#include "recentfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <algorithm>

namespace Kempt {

namespace {
const QString key = QStringLiteral("recentWorkspaces");
}

QStringList RecentFiles::list()
{
    QStringList files = QSettings().value(key).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void RecentFiles::add(const QString &path)
{
    QStringList files = list();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(key, files);
}

void RecentFiles::clear()
{
    QSettings().remove(key);
}

void RecentFiles::fillMenu(QMenu *menu, const QString &current, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList files = list();
    QSettings().setValue(key, files); // the pruned list
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = menu->addAction(QCoreApplication::translate("RecentFiles", "&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(path != current);
        QObject::connect(a, &QAction::triggered, menu, [open, path] { open(path); });
    }
    if (files.isEmpty())
        menu->addAction(QCoreApplication::translate("RecentFiles", "No recent workspaces"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(QCoreApplication::translate("RecentFiles", "&Clear Menu"));
    clearAction->setEnabled(!files.isEmpty());
    QObject::connect(clearAction, &QAction::triggered, menu, [] { clear(); });
}

} // namespace Kempt
