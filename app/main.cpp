#include "dialogpresenter.h"
#include "mainwindow.h"
#include "screenshottaker.h"
#include "translations/translations.h"

#include "audit/attachquality.h"
#include "dedup/attachdedup.h"
#include "storage/workspace.h"
#include "storage/workspacelocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kempt"));
    QCoreApplication::setApplicationName(QStringLiteral("Kempt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEMPT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kempt"));
    QGuiApplication::setDesktopFileName(QStringLiteral("kempt"));

    const QLocale locale;
    Kempt::installTranslations(&app, locale);
    // Qt's own translation mirrors the layout for Arabic and Persian; a right-to-left
    // locale without one must mirror too.
    if (locale.textDirection() == Qt::RightToLeft)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A desktop CRM that keeps customer data clean."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "The workspace file to open (created when missing)."),
                                 QStringLiteral("[workspace]"));
    QCommandLineOption screenshots(QStringLiteral("screenshot"),
                                   QStringLiteral("Save a PNG of every main screen into DIR, then quit."),
                                   QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    parser.process(app);

    // Screenshots must not depend on, or change, the person's window and column settings.
    QTemporaryDir screenshotSettings;
    if (parser.isSet(screenshots)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings.path());
    }

    Kempt::Workspace workspace;
    // Every edit made in the GUI keeps the data-quality issues current, as the CLI's do.
    Kempt::attachQuality(&workspace);
    // ... and the duplicate index current, so the editor and the import check new records fast.
    Kempt::attachDedup(&workspace);
    Kempt::DialogPresenter presenter;
    Kempt::MainWindow window(&workspace, &presenter);
    presenter.setParent(&window);

    const QStringList args = parser.positionalArguments();
    const QString path = args.isEmpty() ? Kempt::WorkspaceLocator::defaultPath() : QDir::current().absoluteFilePath(args.first());
    if (parser.isSet(screenshots)) {
        // Nobody is there to close a message box: a workspace that cannot be opened ends the run.
        const Kempt::Result r = QFileInfo::exists(path) ? workspace.open(path) : workspace.create(path);
        if (!r) {
            std::fprintf(stderr, "kempt: %s\n", qPrintable(r.message()));
            return 1;
        }
        window.resize(1360, 840); // README size; columns fit themselves to the first width shown
    } else {
        window.openOrCreate(path);
    }
    window.show();

    if (parser.isSet(screenshots)) {
        auto *taker = new Kempt::ScreenshotTaker(&window, parser.value(screenshots), &window);
        QObject::connect(taker, &Kempt::ScreenshotTaker::done, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        taker->start();
    }
    return app.exec();
}
