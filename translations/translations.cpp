#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kempt {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("kempt"), QStringLiteral("_"), QStringLiteral(":/kempt/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    return false;
}

} // namespace Kempt
