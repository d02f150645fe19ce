#pragma once

#include <QGuiApplication>

namespace Kempt {

// The reading start of the window: left, or right in Arabic and Persian. Labels that
// belong to the layout use it instead of following their text, so an English label in a
// right-to-left window still sits where the eye starts.
inline Qt::Alignment leadingEdge()
{
    return Qt::AlignAbsolute | (QGuiApplication::layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
}

} // namespace Kempt
