#pragma once

#include <QLocale>

class QCoreApplication;

namespace Kempt {

// Loads Kempt's and Qt's own translations for the locale; returns true when Kempt has one.
bool installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace Kempt
