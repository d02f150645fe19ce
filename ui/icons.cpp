#include "icons.h"

#include <QHash>

// The icons live in a static library, whose resource initializer the linker would drop.
static void initKemptUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace Kempt {

namespace {

// Freedesktop names for the icons a theme is likely to have; the rest are Kempt's own.
QString themeName(const QString &name)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("add"), QStringLiteral("list-add")},
        {QStringLiteral("edit"), QStringLiteral("document-edit")},
        {QStringLiteral("export"), QStringLiteral("document-export")},
        {QStringLiteral("search"), QStringLiteral("edit-find")},
        {QStringLiteral("trash"), QStringLiteral("user-trash")},
        {QStringLiteral("undo"), QStringLiteral("edit-undo")},
        {QStringLiteral("redo"), QStringLiteral("edit-redo")},
        {QStringLiteral("restore"), QStringLiteral("edit-undo-history")},
        {QStringLiteral("email"), QStringLiteral("mail-message")},
        {QStringLiteral("call"), QStringLiteral("call-start")},
        {QStringLiteral("meeting"), QStringLiteral("x-office-calendar")},
        {QStringLiteral("contacts"), QStringLiteral("x-office-address-book")},
    };
    return names.value(name);
}

} // namespace

QIcon Icons::get(const QString &name)
{
    static const bool loaded = (initKemptUiResources(), true);
    Q_UNUSED(loaded)
    const QIcon fallback(QStringLiteral(":/kempt/icons/%1.svg").arg(name));
    const QString theme = themeName(name);
    return theme.isEmpty() ? fallback : QIcon::fromTheme(theme, fallback);
}

} // namespace Kempt
