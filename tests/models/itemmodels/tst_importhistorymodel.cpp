#include "commands/undoimport.h"
#include "import/importer.h"
#include "import/sourcefactory.h"
#include "io/tablesource.h"
#include "itemmodels/importhistorymodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

// The Import history: imports newest first with their counts, and whether each can still
// be undone, following undo and redo.
class TestImportHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void anEmptyWorkspaceHasNoImports();
    void importsAreListedNewestFirstWithTheirCounts();
    void anUndoneImportCanNoLongerBeUndone();

private:
    qint64 import(const QString &path);

    TestWorkspace *m_ws = nullptr;
    ImportHistoryModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestImportHistoryModel::init()
{
    m_ws = new TestWorkspace;
    m_model = new ImportHistoryModel(m_ws->get());
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestImportHistoryModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_ws;
    m_tester = nullptr;
    m_model = nullptr;
    m_ws = nullptr;
}

qint64 TestImportHistoryModel::import(const QString &path)
{
    std::unique_ptr<TableSource> source;
    if (!SourceFactory::open(path, SourceOptions(), &source))
        return 0;
    ImportSummary summary;
    Importer importer((*m_ws)->db(), (*m_ws)->batchObservers());
    if (!importer.run(*source, ImportOptions(), &summary))
        return 0;
    // Written on the workspace's connection but not through Workspace::write: announced
    // the way the wizard's job announces its batch.
    (*m_ws)->announce({summary.batchId, {QStringLiteral("contacts")}});
    return summary.importId;
}

void TestImportHistoryModel::anEmptyWorkspaceHasNoImports()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ImportHistoryModel::ColumnCount));
    QVERIFY(m_model->lastError().isEmpty());
}

void TestImportHistoryModel::importsAreListedNewestFirstWithTheirCounts()
{
    const qint64 first = import(QStringLiteral(KEMPT_TEST_DATA "/wizard/contacts.csv"));
    const qint64 second = import(QStringLiteral(KEMPT_TEST_DATA "/wizard/contacts.csv"));
    QVERIFY(first > 0 && second > first);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entryAt(0).id, second);
    QCOMPARE(m_model->entryAt(1).id, first);
    QCOMPARE(m_model->index(0, ImportHistoryModel::FileColumn).data().toString(), QStringLiteral("contacts.csv"));
    QCOMPARE(m_model->index(0, ImportHistoryModel::CreatedColumn).data().toLongLong(), 9);
    QCOMPARE(m_model->index(0, ImportHistoryModel::RejectedColumn).data().toLongLong(), 1);
    QCOMPARE(m_model->index(0, ImportHistoryModel::StatusColumn).data().toString(), QStringLiteral("Imported"));
    QVERIFY(m_model->index(0, 0).data(ImportHistoryModel::UndoableRole).toBool());
    QVERIFY(m_model->entryAt(0).started.isValid());
    QCOMPARE(m_model->rowOfImport(first), 1);
}

void TestImportHistoryModel::anUndoneImportCanNoLongerBeUndone()
{
    const qint64 id = import(QStringLiteral(KEMPT_TEST_DATA "/wizard/contacts.csv"));
    QVERIFY(id > 0);
    (*m_ws)->undoStack()->push(new UndoImport(m_ws->get(), id));
    QCOMPARE(m_model->entryAt(0).status, QStringLiteral("undone"));
    QVERIFY(!m_model->index(0, ImportHistoryModel::StatusColumn).data(ImportHistoryModel::UndoableRole).toBool());
    QCOMPARE(m_model->index(0, ImportHistoryModel::StatusColumn).data().toString(), QStringLiteral("Undone"));
    (*m_ws)->undoStack()->undo();
    QCOMPARE(m_model->entryAt(0).status, QStringLiteral("done"));
    QVERIFY(m_model->entryAt(0).undoable());
}

QTEST_GUILESS_MAIN(TestImportHistoryModel)
#include "tst_importhistorymodel.moc"
