#pragma once

#include "quality/styleguide.h"

#include <QString>

namespace Kempt {

// The style guide as a document people read: every rule in force, grouped by record kind
// and field as the editor shows them, with its description, what it does in a sentence,
// and its good and bad examples. The training handout for new members of a team; the
// editor prints it or saves it as HTML or PDF.
class StyleGuideDocument
{
public:
    struct Options
    {
        QString title;          // empty: "Data style guide"
        QString workspaceName;  // shown under the title when set
        bool rightToLeft = false;
    };

    static QString html(const StyleGuide &guide, const Options &options);
};

} // namespace Kempt
