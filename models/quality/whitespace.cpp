#include "quality/whitespace.h"

namespace Kempt {

QString Whitespace::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c.category() == QChar::Other_Control)
            continue;
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

} // namespace Kempt
