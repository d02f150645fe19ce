#include "importcleanuppage.h"
#include "importduplicatespage.h"
#include "importfilepage.h"
#include "importformatpage.h"
#include "importhistorydialog.h"
#include "importmappingpage.h"
#include "importprogresspage.h"
#include "importsummarypage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "mappingtargetdelegate.h"
#include "support/scriptedpresenter.h"
#include "testworkspace.h"

#include "import/importjob.h"
#include "io/tablesource.h"
#include "io/xlsxexporter.h"
#include "itemmodels/importhistorymodel.h"
#include "itemmodels/importmappingmodel.h"
#include "itemmodels/importpreviewmodel.h"
#include "storage/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Kempt;
using Kempt::Test::ScriptedPresenter;
using Kempt::Test::TestWorkspace;

namespace {

QString fixture()
{
    return QStringLiteral(KEMPT_TEST_DATA "/wizard/contacts.csv");
}

// Every row of the tables an import touches, to compare the workspace before and after.
QStringList dump(Workspace *ws)
{
    QStringList rows;
    for (const char *table : {"contacts", "contact_emails", "contact_phones", "companies", "custom_values", "custom_fields",
                              "import_batches"}) {
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList cells{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

// The import wizard driven the way a person clicks through it, on the wizard's fixture:
// a file to contacts in the workspace, with the mapping, cleanup and duplicate decisions
// taken into account; cancel and undo leave the workspace as it was.
class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ScriptedPresenter> m_presenter;
    std::unique_ptr<ImportWizard> m_wizard;

    // Opens the fixture through Browse… on the first page.
    bool chooseFile(const QString &path)
    {
        m_presenter->fileNames << path;
        QTest::mouseClick(m_wizard->filePage()->findChild<QPushButton *>(QStringLiteral("browseImportFile")), Qt::LeftButton);
        return m_wizard->isLoaded() && m_wizard->filePage()->isComplete();
    }

    // Next until the page with this id shows; every page on the way must let the person on.
    bool goTo(int id)
    {
        while (m_wizard->currentId() != id) {
            if (!QTest::qWaitFor([this] { return m_wizard->currentPage()->isComplete(); }, 60000)) {
                qWarning("page %d never completes", m_wizard->currentId());
                return false;
            }
            const int before = m_wizard->currentId();
            m_wizard->next();
            if (m_wizard->currentId() == before) {
                qWarning("page %d does not let the person on", before);
                return false;
            }
            if (m_wizard->currentId() == ImportWizard::ProgressPageId && id == ImportWizard::SummaryPageId)
                return QTest::qWaitFor([this] { return m_wizard->currentId() == ImportWizard::SummaryPageId; }, 120000);
        }
        return true;
    }

    QComboBox *mappingCombo(int row) const
    {
        QTableView *view = m_wizard->mappingPage()->view();
        return qobject_cast<QComboBox *>(view->indexWidget(view->model()->index(row, ImportMappingModel::TargetColumn)));
    }

    // Chooses an entry of a combo box the way a click does (activated, then committed).
    static void choose(QComboBox *combo, const QString &id)
    {
        const int index = combo->findData(id);
        QVERIFY2(index >= 0, qPrintable(id));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    QString scalar(const QString &sql) const { return m_ws->scalar(sql).toString(); }

    QString summaryCount(const QString &name) const
    {
        QLabel *label = m_wizard->summaryPage()->countLabel(name);
        return label ? label->text() : QStringLiteral("<none>");
    }

    QString bigFile(const QTemporaryDir &dir, int rows) const
    {
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("First Name,Last Name,E-mail,City\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("Person%1,Family%1,p%1@example.com,Berlin\n").arg(i).toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("KemptTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
    }

    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_presenter = std::make_unique<ScriptedPresenter>();
        m_wizard = std::make_unique<ImportWizard>(m_ws->get(), m_presenter.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_presenter.reset();
        m_ws.reset();
    }

    void theFilePageShowsWhatWasDetected()
    {
        QVERIFY(!m_wizard->filePage()->isComplete());
        QVERIFY(chooseFile(fixture()));
        ImportFilePage *page = m_wizard->filePage();
        QVERIFY(page->detectedLabel(QStringLiteral("detectedFormat"))->text().contains(QStringLiteral("CSV")));
        QVERIFY(page->detectedLabel(QStringLiteral("detectedEncoding"))->text().contains(QStringLiteral("UTF-8")));
        QVERIFY(page->detectedLabel(QStringLiteral("detectedDelimiter"))->text().contains(QStringLiteral("Comma")));
        QVERIFY(page->detectedLabel(QStringLiteral("detectedHeaders"))->text().contains(QStringLiteral("Full Name")));
        QCOMPARE(m_wizard->dataRows().size(), 10);
        QVERIFY(m_presenter->errors.isEmpty());
    }

    void aFileThatCannotBeReadSaysWhy()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(!chooseFile(empty));
        auto *error = m_wizard->filePage()->findChild<QLabel *>(QStringLiteral("importFileError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("empty.csv")), qPrintable(error->text()));
    }

    void everyFormatIsReadAndMapped_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("format");
        QTest::newRow("an Excel workbook") << QStringLiteral("xlsx") << int(SourceFactory::Format::Xlsx);
        QTest::newRow("text with semicolons") << QStringLiteral("semicolons") << int(SourceFactory::Format::Delimited);
        QTest::newRow("a vCard address book") << QStringLiteral("vcf") << int(SourceFactory::Format::VCard);
    }

    void everyFormatIsReadAndMapped()
    {
        QFETCH(QString, kind);
        QFETCH(int, format);
        QTemporaryDir dir;
        QString path;
        const QList<QStringList> rows{{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("E-mail")},
                                      {QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.com")},
                                      {QStringLiteral("Carl"), QStringLiteral("Meer"), QStringLiteral("carl@example.com")}};
        if (kind == QLatin1String("xlsx")) {
            path = dir.filePath(QStringLiteral("people.xlsx"));
            XlsxExporter xlsx(path, QStringLiteral("People"));
            QVERIFY(xlsx.open().ok());
            QVERIFY(xlsx.writeHeader(rows.first()).ok());
            for (const QStringList &row : rows.mid(1))
                QVERIFY(xlsx.writeRow(row).ok());
            QVERIFY(xlsx.close().ok());
        } else if (kind == QLatin1String("semicolons")) {
            path = dir.filePath(QStringLiteral("people.csv"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (const QStringList &row : rows)
                file.write(row.join(QLatin1Char(';')).toUtf8() + "\n");
        } else {
            path = QStringLiteral(KEMPT_TEST_DATA "/vcard/kcontacts/testfullvcard.vcf");
        }
        QVERIFY2(chooseFile(path), qPrintable(m_wizard->loadResult().message()));
        QCOMPARE(int(m_wizard->format()), format);
        if (kind == QLatin1String("semicolons"))
            QCOMPARE(m_wizard->delimiter(), QLatin1Char(';'));
        QVERIFY(goTo(ImportWizard::MappingPageId));
        QVERIFY(m_wizard->mappingModel()->mapping().mapsAnything());
        QVERIFY(!m_wizard->mappingModel()->mapping().columnsFor(QStringLiteral("email")).isEmpty());
        QVERIFY(goTo(ImportWizard::CleanupPageId));
        QVERIFY(m_wizard->previewModel()->rowCount() > 0);
    }

    void theFormatPageReadsTheFileAgainWhenAnOptionChanges()
    {
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::FormatPageId));
        ImportFormatPage *page = m_wizard->formatPage();
        QCOMPARE(page->preview()->columnCount(), 7);
        choose(page->delimiterCombo(), QStringLiteral(";"));
        QCOMPARE(m_wizard->sourceOptions().delimiter, QLatin1Char(';'));
        QCOMPARE(page->preview()->columnCount(), 1);
        choose(page->delimiterCombo(), QString());
        QCOMPARE(page->preview()->columnCount(), 7);
        // No header row: the header becomes the first row of data.
        page->headerRowCombo()->setCurrentIndex(page->headerRowCombo()->findData(0));
        Q_EMIT page->headerRowCombo()->activated(page->headerRowCombo()->currentIndex());
        QCOMPARE(m_wizard->headerRow(), 0);
        QCOMPARE(m_wizard->dataRows().first().first(), QStringLiteral("Full Name"));
        QCOMPARE(m_wizard->headers().first(), QStringLiteral("Column 1"));
    }

    void theWizardImportsTheFileThroughEveryPage()
    {
        QSignalSpy changed(m_ws->get(), &Workspace::changed);
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::SummaryPageId));
        QCOMPARE(summaryCount(QStringLiteral("countRows")), QStringLiteral("10"));
        QCOMPARE(summaryCount(QStringLiteral("countCreated")), QStringLiteral("9"));
        QCOMPARE(summaryCount(QStringLiteral("countRejected")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("9"));
        QCOMPARE(scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM contacts WHERE primary_email = 'anna.berg@example.com'")),
                 QStringLiteral("Anna Berg"));
        QCOMPARE(scalar(QStringLiteral("SELECT salutation || '|' || first_name || '|' || last_name FROM contacts "
                                       "WHERE primary_email = 'carl@example.nl'")),
                 QStringLiteral("Dr|Carl|van der Meer")); // the salutation as the style guide's list spells it
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contact_emails e JOIN contacts c ON c.id = e.contact_id "
                                       "WHERE c.last_name = 'van der Meer'")),
                 QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT country FROM contacts WHERE last_name = 'Berg'")), QStringLiteral("DE"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM import_batches")), QStringLiteral("done"));
        // The window's views heard of it once it was in.
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_wizard->summaryPage()->undoButton()->isEnabled());
    }

    void aMappingChangeIsWhatTheImportStores_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("customName");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a column into a new custom field")
            << 6 << MappingTargetDelegate::newCustomFieldId() << QStringLiteral("Loyalty tier")
            << QStringLiteral("SELECT v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                              "JOIN contacts c ON c.id = v.entity_id WHERE f.label = 'Loyalty tier' AND c.last_name = 'Berg'")
            << QStringLiteral("Gold");
        QTest::newRow("a column left out") << 4 << QStringLiteral("ignore") << QString()
                                           << QStringLiteral("SELECT count(*) FROM companies") << QStringLiteral("0");
        QTest::newRow("a column into another field") << 5 << QStringLiteral("field:city") << QString()
                                                     << QStringLiteral("SELECT city || '|' || country FROM contacts WHERE last_name = 'Berg'")
                                                     << QStringLiteral("Germany|");
    }

    void aMappingChangeIsWhatTheImportStores()
    {
        QFETCH(int, column);
        QFETCH(QString, target);
        QFETCH(QString, customName);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::MappingPageId));
        QComboBox *combo = mappingCombo(column);
        QVERIFY(combo);
        if (!customName.isEmpty())
            m_presenter->texts << customName;
        choose(combo, target);
        QVERIFY(m_wizard->mappingModel()->targetIdAt(column)
                == (customName.isEmpty() ? target : ImportMappingModel::customTargetId(customName)));
        QVERIFY(goTo(ImportWizard::SummaryPageId));
        QCOMPARE(scalar(query), expected);
    }

    void theCleanupChoiceIsWhatTheImportStores_data()
    {
        QTest::addColumn<bool>("keepOriginal");
        QTest::addColumn<bool>("skipInvalid");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("rejected");
        QTest::newRow("fixes applied") << false << false << QStringLiteral("Anna") << QStringLiteral("1");
        QTest::newRow("originals kept") << true << false << QStringLiteral("anna") << QStringLiteral("1");
        QTest::newRow("invalid rows rejected") << false << true << QStringLiteral("Anna") << QStringLiteral("2");
    }

    void theCleanupChoiceIsWhatTheImportStores()
    {
        QFETCH(bool, keepOriginal);
        QFETCH(bool, skipInvalid);
        QFETCH(QString, firstName);
        QFETCH(QString, rejected);
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::CleanupPageId));
        ImportCleanupPage *page = m_wizard->cleanupPage();
        ImportPreviewModel *preview = m_wizard->previewModel();
        QCOMPARE(preview->rowCount(), 10);
        QVERIFY(page->problemList()->topLevelItemCount() > 0);
        if (keepOriginal)
            page->keepOriginalButton()->click();
        if (skipInvalid)
            page->skipInvalidBox()->click();
        QCOMPARE(preview->cleanup() == ImportOptions::Cleanup::KeepOriginal, keepOriginal);
        QCOMPARE(preview->rowsWithStatus(ImportPreviewModel::RowStatus::Rejected), rejected.toInt());
        QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("%1 rejected").arg(rejected)));
        QVERIFY(goTo(ImportWizard::SummaryPageId));
        QCOMPARE(scalar(QStringLiteral("SELECT first_name FROM contacts WHERE primary_email = 'anna.berg@example.com'")), firstName);
        QCOMPARE(summaryCount(QStringLiteral("countRejected")), rejected);
    }

    void onlyRowsWithProblemsCanBeShown()
    {
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::CleanupPageId));
        QTableView *view = m_wizard->cleanupPage()->view();
        QCOMPARE(view->model()->rowCount(), 10);
        m_wizard->cleanupPage()->onlyProblemsBox()->click();
        const int clean = m_wizard->previewModel()->rowsWithStatus(ImportPreviewModel::RowStatus::Clean);
        QCOMPARE(view->model()->rowCount(), 10 - clean);
    }

    void cancellingTheImportLeavesTheWorkspaceUnchanged()
    {
        QTemporaryDir dir;
        QVERIFY(chooseFile(bigFile(dir, 12000)));
        const QStringList before = dump(m_ws->get());
        QVERIFY(goTo(ImportWizard::DuplicatesPageId));
        QVERIFY(QTest::qWaitFor([this] { return m_wizard->currentPage()->isComplete(); }, 120000));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::ProgressPageId));
        ImportJob *job = m_wizard->job();
        QVERIFY(job && job->isRunning());
        // Cancel Import as soon as the import reports that it runs, as a person would.
        connect(job, &ImportJob::progress, m_wizard->progressPage(), [this] {
            if (m_wizard->progressPage()->cancelButton()->isEnabled() && !m_wizard->isCancelling())
                m_wizard->progressPage()->cancelButton()->click();
        });
        QSignalSpy finished(job, &ImportJob::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(job->summary().cancelled);
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::ProgressPageId));
        QVERIFY(!m_wizard->progressPage()->isComplete());
        QVERIFY(m_wizard->progressPage()->findChild<QLabel *>(QStringLiteral("importProgressMessage"))->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(dump(m_ws->get()), before);
        // Now Cancel closes the wizard.
        m_wizard->reject();
        QVERIFY(!m_wizard->isVisible());
    }

    void undoFromTheSummaryRestoresTheWorkspace()
    {
        const QStringList before = dump(m_ws->get());
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::SummaryPageId));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), QStringLiteral("9"));
        QPushButton *undo = m_wizard->summaryPage()->undoButton();
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(m_presenter->errors.isEmpty());
        QVERIFY(!undo->isEnabled());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM import_batches")), QStringLiteral("undone"));
        QStringList after = dump(m_ws->get());
        after.removeIf([](const QString &row) { return row.startsWith(QLatin1String("import_batches|")); });
        QCOMPARE(after, before);
        // The undo is a step of its own: Edit ▸ Undo brings the import back.
        QUndoStack *stack = (*m_ws)->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("9"));
    }

    void rejectedRowsAreSavedWithTheirReasons()
    {
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::SummaryPageId));
        QPushButton *save = m_wizard->summaryPage()->saveRejectedButton();
        QVERIFY(save->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rejected.csv"));
        m_presenter->fileNames << path;
        QTest::mouseClick(save, Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("555-0100")));
        QVERIFY2(text.contains(QStringLiteral("no name")), qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('\n')), 2); // the header and the one rejected row
    }

    void aSavedProfileIsChosenAgainForTheSameHeaders()
    {
        QVERIFY(chooseFile(fixture()));
        QVERIFY(goTo(ImportWizard::MappingPageId));
        m_presenter->texts << QStringLiteral("Loyalty tier");
        choose(mappingCombo(6), MappingTargetDelegate::newCustomFieldId());
        m_presenter->texts << QStringLiteral("Club list");
        m_wizard->mappingPage()->findChild<QPushButton *>(QStringLiteral("saveMappingProfile"))->click();
        QVERIFY(m_presenter->errors.isEmpty());
        QCOMPARE(m_wizard->mappingPage()->profileCombo()->currentText(), QStringLiteral("Club list"));

        // The next import of a file with these headers starts with that profile.
        ImportWizard again(m_ws->get(), m_presenter.get());
        again.show();
        again.openFile(fixture());
        again.next();
        again.next();
        QCOMPARE(again.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(again.mappingPage()->profileCombo()->currentText(), QStringLiteral("Club list"));
        QCOMPARE(again.mappingModel()->targetIdAt(6), ImportMappingModel::customTargetId(QStringLiteral("Loyalty tier")));
    }

    void closingDuringTheImportCancelsIt()
    {
        QTemporaryDir dir;
        QVERIFY(chooseFile(bigFile(dir, 12000)));
        QVERIFY(goTo(ImportWizard::DuplicatesPageId));
        QVERIFY(QTest::qWaitFor([this] { return m_wizard->currentPage()->isComplete(); }, 120000));
        m_wizard->next();
        ImportJob *job = m_wizard->job();
        QVERIFY(job && job->isRunning());
        QSignalSpy finished(job, &ImportJob::finished);
        m_wizard->reject(); // the window's close button or Esc
        QVERIFY(m_wizard->isVisible());
        QVERIFY(finished.wait(120000));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("0"));
    }
};

// The ways into the wizard and back out of an import from the main window.
class TestImportFromMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppingAFileOnTheWindowOpensTheWizardWithIt()
    {
        TestWorkspace ws;
        ScriptedPresenter presenter;
        MainWindow window(ws.get(), &presenter);
        window.show();
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture())});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(opened.count(), 1);
        auto *wizard = qobject_cast<ImportWizard *>(opened.first().first().value<QDialog *>());
        QVERIFY(wizard);
        QCOMPARE(wizard->filePath(), QFileInfo(fixture()).absoluteFilePath());
        QVERIFY(wizard->isLoaded());
        wizard->reject();
    }

    void otherFilesAreNotTaken()
    {
        TestWorkspace ws;
        ScriptedPresenter presenter;
        MainWindow window(ws.get(), &presenter);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(ws.path())});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void theImportHistoryUndoesTheSelectedImport()
    {
        TestWorkspace ws;
        ScriptedPresenter presenter;
        MainWindow window(ws.get(), &presenter);
        ImportJob job(ws.get(), [](std::unique_ptr<TableSource> *s) { return SourceFactory::open(fixture(), SourceOptions(), s); },
                      ImportOptions());
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        window.action(QStringLiteral("importHistory"))->trigger();
        QCOMPARE(opened.count(), 1);
        auto *history = qobject_cast<ImportHistoryDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY(history->undoButton()->isEnabled());
        history->undoButton()->click();
        QVERIFY(presenter.errors.isEmpty());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);
        QCOMPARE(history->model()->entryAt(0).status, QStringLiteral("undone"));
        QVERIFY(!history->undoButton()->isEnabled());
        history->reject();
    }

    void theImportMenuEntryOpensTheWizard()
    {
        TestWorkspace ws;
        ScriptedPresenter presenter;
        MainWindow window(ws.get(), &presenter);
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        QAction *import = window.action(QStringLiteral("importFile"));
        QVERIFY(import && import->isEnabled());
        import->trigger();
        QCOMPARE(opened.count(), 1);
        auto *wizard = qobject_cast<ImportWizard *>(opened.first().first().value<QDialog *>());
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
        wizard->reject();
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int status = 0;
    {
        TestImportWizard wizard;
        status |= QTest::qExec(&wizard, argc, argv);
    }
    {
        TestImportFromMainWindow window;
        status |= QTest::qExec(&window, argc, argv);
    }
    return status;
}

#include "tst_importwizard.moc"
