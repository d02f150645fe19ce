#pragma once

#include <QStringList>
#include <functional>

class QMenu;

namespace Kempt {

// The workspaces opened last, newest first, kept in QSettings. Files that were moved or
// deleted since are dropped rather than offered and then refused.
class RecentFiles
{
public:
    static constexpr int maximum = 8;

    static QStringList list();
    static void add(const QString &path);
    static void clear();
    // Fills menu with the files (the current one disabled) and a "Clear Menu" entry.
    static void fillMenu(QMenu *menu, const QString &current, const std::function<void(const QString &)> &open);
};

} // namespace Kempt
