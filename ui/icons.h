#pragma once

#include <QIcon>
#include <QString>

namespace Kempt {

// The desktop theme's icon when it has one, else Kempt's own SVG from resources/icons.
class Icons
{
public:
    // name is the SVG's base name: "contacts", "companies", "trash", "tag", "search" ...
    static QIcon get(const QString &name);
};

} // namespace Kempt
