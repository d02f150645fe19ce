#include "cli/cliapp.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so that both find the same default workspace
    // (WorkspaceLocator::defaultPath() depends on them).
    QCoreApplication::setOrganizationName(QStringLiteral("Kempt"));
    QCoreApplication::setApplicationName(QStringLiteral("Kempt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEMPT_VERSION));
    Kempt::installTranslations(&app, QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile rawOut;
    rawOut.open(stdout, QIODevice::WriteOnly);
    return Kempt::CliApp(out, err, &rawOut).run(QCoreApplication::arguments());
}
