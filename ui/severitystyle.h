#pragma once

#include "quality/styleguiderule.h"

#include <QColor>
#include <QIcon>

namespace Kempt {

// How a severity looks wherever Kempt marks a finding: a colour and a round badge
// (error red, warning amber, fix blue), and the colour of a score (green, amber, red).
class SeverityStyle
{
public:
    static QColor color(StyleGuideRule::Severity severity);
    static QIcon icon(StyleGuideRule::Severity severity);
    static QColor scoreColor(double score);
};

} // namespace Kempt
