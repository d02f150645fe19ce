#include "exportdialog.h"
#include "mainwindow.h"
#include "recordspage.h"
#include "support/scriptedpresenter.h"
#include "testworkspace.h"

#include "import/sourcefactory.h"
#include "io/tablesource.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kempt;
using Kempt::Test::ScriptedPresenter;
using Kempt::Test::TestWorkspace;

// File ▸ Export…: the records of the view or only the selected ones, as CSV, Excel or
// vCards, written off the GUI thread to the file the person chose.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<TestWorkspace> m_ws;
    ScriptedPresenter m_presenter;
    QList<qint64> m_ids;

    // The data rows of an exported file, read back the way the import reads files.
    static QList<QStringList> readBack(const QString &path)
    {
        std::unique_ptr<TableSource> source;
        QList<QStringList> rows;
        if (!SourceFactory::open(path, SourceOptions(), &source))
            return rows;
        QStringList row;
        while (source->next(&row))
            if (!row.isEmpty())
                rows << row;
        return rows.mid(1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_ids.clear();
        const Result r = (*m_ws)->write(BatchKind::System, QStringLiteral("test data"), [this](QSqlDatabase db) {
            ContactStore store(db);
            for (const QString &name : {QStringLiteral("Anna"), QStringLiteral("Bernd"), QStringLiteral("Carla"),
                                        QStringLiteral("David"), QStringLiteral("Eva")}) {
                Contact c;
                c.firstName = name;
                c.lastName = QStringLiteral("Berg");
                c.emails = {EmailAddress{0, name.toLower() + QStringLiteral("@example.com"), QStringLiteral("work"), true}};
                if (Result r = store.insert(c); !r)
                    return r;
                m_ids << c.id;
            }
            return Result::success();
        });
        QVERIFY(r.ok());
    }

    void cleanup() { m_ws.reset(); }

    void theExportWritesOnlyTheSelection_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("CSV") << int(RecordExportJob::Format::Csv) << QStringLiteral("csv");
        QTest::newRow("Excel") << int(RecordExportJob::Format::Xlsx) << QStringLiteral("xlsx");
        QTest::newRow("vCard 3.0") << int(RecordExportJob::Format::VCard30) << QStringLiteral("vcf");
        QTest::newRow("vCard 4.0") << int(RecordExportJob::Format::VCard40) << QStringLiteral("vcf");
    }

    void theExportWritesOnlyTheSelection()
    {
        QFETCH(int, format);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.") + suffix);
        m_presenter.fileNames << path;
        const QList<qint64> chosen{m_ids.at(1), m_ids.at(3)};
        ExportDialog dialog(m_ws->get(), &m_presenter, Entity::Contact, RecordSelection::ofCondition(QStringLiteral("1")), m_ids.size(),
                            RecordSelection::ofIds(chosen), chosen.size());
        QCOMPARE(dialog.scope(), ExportDialog::Scope::Selection);
        dialog.setFormat(RecordExportJob::Format(format));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(dialog.isExporting());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_presenter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(finished.first().at(1).toLongLong(), 2);
        QCOMPARE(finished.first().at(2).toString(), path);
        if (suffix == QLatin1String("vcf")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QCOMPARE(text.count("BEGIN:VCARD"), 2);
            QVERIFY(text.contains("bernd@example.com"));
            QVERIFY(text.contains("david@example.com"));
            QVERIFY(!text.contains("anna@example.com"));
        } else {
            const QList<QStringList> rows = readBack(path);
            QCOMPARE(rows.size(), 2);
            QVERIFY(rows.at(0).contains(QStringLiteral("Bernd")));
            QVERIFY(rows.at(1).contains(QStringLiteral("David")));
        }
        QVERIFY(!dialog.isExporting());
    }

    void theViewIsExportedWhenNothingIsSelected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        m_presenter.fileNames << path;
        ExportDialog dialog(m_ws->get(), &m_presenter, Entity::Contact, RecordSelection::ofCondition(QStringLiteral("1")), m_ids.size(), RecordSelection(), 0);
        QCOMPARE(dialog.scope(), ExportDialog::Scope::View);
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("scopeSelection"))->isEnabled());
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(readBack(path).size(), 5);
    }

    void companiesCannotBeExportedAsVCards()
    {
        ExportDialog dialog(m_ws->get(), &m_presenter, Entity::Company, RecordSelection::ofCondition(QStringLiteral("1")), 3, RecordSelection(), 0);
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("formatVCard30"))->isEnabled());
        dialog.setFormat(RecordExportJob::Format::VCard30);
        QCOMPARE(dialog.format(), RecordExportJob::Format::Csv);
    }

    void noFileChosenWritesNothing()
    {
        ExportDialog dialog(m_ws->get(), &m_presenter, Entity::Contact, RecordSelection::ofCondition(QStringLiteral("1")), m_ids.size(), RecordSelection(), 0);
        dialog.startExport(); // the presenter answers "cancelled"
        QVERIFY(!dialog.isExporting());
        QVERIFY(m_presenter.errors.isEmpty());
    }

    void theMainWindowExportsTheSelectedRows()
    {
        MainWindow window(m_ws->get(), &m_presenter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.contactsPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 5);
        view->selectRow(0);
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        QAction *action = window.action(QStringLiteral("exportRecords"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<ExportDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.csv"));
        m_presenter.fileNames << path;
        dialog->setScope(ExportDialog::Scope::Selection);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(readBack(path).size(), 1);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
