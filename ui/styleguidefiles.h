#pragma once

#include "core/result.h"
#include "quality/styleguide.h"

class QWidget;

namespace Kempt {

// Where the style-guide editor's guide goes on disk: JSON to move it between workspaces,
// and the readable document (StyleGuideDocument) as HTML, PDF or on paper.
class StyleGuideFiles
{
public:
    // Reads a whole guide or nothing; the message starts with the file's name.
    static Result readJson(const QString &path, StyleGuide *guide);
    static Result writeJson(const StyleGuide &guide, const QString &path);
    static Result writeHtml(const QString &html, const QString &path);
    static Result writePdf(const QString &html, const QString &path);
    // Asks for a printer (the platform's dialog) and prints; false when cancelled.
    static bool print(const QString &html, QWidget *parent);
};

} // namespace Kempt
