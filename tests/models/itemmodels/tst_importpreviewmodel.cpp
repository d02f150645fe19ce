#include "import/importmapping.h"
#include "io/csvreader.h"
#include "itemmodels/importpreviewmodel.h"
#include "quality/ruleengine.h"
#include "quality/styleguide.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QtTest>

using namespace Kempt;

// The import wizard's cleanup preview on the wizard's fixture: every row through the
// default style guide, cells "before → after" with their issues, rows rejected the way
// the Importer rejects them, and problems counted by rule.
class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyFixedCellShowsItsValueBeforeAndAfter();
    void rowNumbersAreWrittenInTheReadersDigits();
    void aFullNameInOneColumnIsShownInItsParts();
    void keepingTheOriginalsChangesNoValue();
    void aRowWithoutNameEmailOrCompanyIsAlwaysRejected();
    void skippingInvalidRowsRejectsRowsWithErrors_data();
    void skippingInvalidRowsRejectsRowsWithErrors();
    void problemsAreCountedByRuleWithTheirTitles();
    void anIssueMarksTheCellOfItsField();
    void aColumnMappedToACustomFieldGetsAColumnOfItsOwn();
    void anEmptyMappingShowsNothing();

private:
    int rowOfName(const QString &fileName) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_numbers;
    ImportPreviewModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestImportPreviewModel::init()
{
    QFile file(QStringLiteral(KEMPT_TEST_DATA "/wizard/contacts.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList cells;
    QVERIFY(reader.readRecord(&m_headers));
    m_rows.clear();
    m_numbers.clear();
    while (reader.readRecord(&cells)) {
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        m_rows << cells;
        m_numbers << reader.lineNumber();
    }
    m_model = new ImportPreviewModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setEngine(RuleEngine(StyleGuide::defaultGuide(), QStringLiteral("DE")));
    m_model->setRows(m_rows, m_numbers);
    m_model->setMapping(ImportMapping::guess(m_headers));
}

void TestImportPreviewModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

int TestImportPreviewModel::rowOfName(const QString &fileName) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).value(0) == fileName)
            return r;
    return -1;
}

void TestImportPreviewModel::everyFixedCellShowsItsValueBeforeAndAfter()
{
    QCOMPARE(m_model->rowCount(), int(m_rows.size()));
    const int row = rowOfName(QStringLiteral("anna berg"));
    const QModelIndex first = m_model->index(row, m_model->columnOf(QStringLiteral("first_name")));
    QCOMPARE(first.data(ImportPreviewModel::BeforeRole).toString(), QStringLiteral("anna"));
    QCOMPARE(first.data(ImportPreviewModel::AfterRole).toString(), QStringLiteral("Anna"));
    QVERIFY(first.data(ImportPreviewModel::ChangedRole).toBool());
    QCOMPARE(first.data().toString(), QStringLiteral("anna \u2192 Anna"));
    const QModelIndex country = m_model->index(row, m_model->columnOf(QStringLiteral("country")));
    QCOMPARE(country.data(ImportPreviewModel::BeforeRole).toString(), QStringLiteral("Germany"));
    QCOMPARE(country.data(ImportPreviewModel::AfterRole).toString(), QStringLiteral("DE"));
    QVERIFY(m_model->index(row, 0).data(ImportPreviewModel::ChangedRole).toBool());
    // The guide also wants an owner and a lead source, which no column gives: told on the row.
    QCOMPARE(m_model->index(row, 0).data(ImportPreviewModel::RowStatusRole).toInt(), int(ImportPreviewModel::RowStatus::Warning));
    QVERIFY(!m_model->index(row, 0).data(ImportPreviewModel::IssueMessagesRole).toStringList().isEmpty());
    QVERIFY(m_model->fixedValues() > 0);
    QCOMPARE(m_model->headerData(row, Qt::Vertical).toLongLong(), m_numbers.at(row));
}

void TestImportPreviewModel::rowNumbersAreWrittenInTheReadersDigits()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    QList<QStringList> rows{{QStringLiteral("Anna")}};
    m_model->setRows(rows, {1234});
    // Arabic-Indic digits and no group separator: a row number, not an amount.
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("\u0661\u0662\u0663\u0664"));
}

void TestImportPreviewModel::aFullNameInOneColumnIsShownInItsParts()
{
    const int row = rowOfName(QStringLiteral("Dr. Carl van der Meer"));
    QCOMPARE(m_model->index(row, m_model->columnOf(QStringLiteral("salutation"))).data(ImportPreviewModel::BeforeRole).toString(),
             QStringLiteral("Dr."));
    QCOMPARE(m_model->index(row, m_model->columnOf(QStringLiteral("first_name"))).data(ImportPreviewModel::AfterRole).toString(),
             QStringLiteral("Carl"));
    QCOMPARE(m_model->index(row, m_model->columnOf(QStringLiteral("last_name"))).data(ImportPreviewModel::AfterRole).toString(),
             QStringLiteral("van der Meer"));
    // Two e-mail columns are two addresses of one contact.
    QCOMPARE(m_model->index(row, m_model->columnOf(QStringLiteral("email"))).data(ImportPreviewModel::AfterRole).toString(),
             QStringLiteral("carl@example.nl, c.meer@work.example"));
}

void TestImportPreviewModel::keepingTheOriginalsChangesNoValue()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setCleanup(ImportOptions::Cleanup::KeepOriginal);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->fixedValues(), 0);
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 1; c < m_model->columnCount(); ++c)
            QVERIFY2(!m_model->index(r, c).data(ImportPreviewModel::ChangedRole).toBool(),
                     qPrintable(m_model->index(r, c).data().toString()));
    const int row = rowOfName(QStringLiteral("anna berg"));
    QCOMPARE(m_model->index(row, m_model->columnOf(QStringLiteral("first_name"))).data().toString(), QStringLiteral("anna"));
    // What the fixes would have changed is still pointed out.
    QVERIFY(!m_model->index(row, m_model->columnOf(QStringLiteral("first_name"))).data(ImportPreviewModel::IssueMessagesRole).toStringList().isEmpty());
}

void TestImportPreviewModel::aRowWithoutNameEmailOrCompanyIsAlwaysRejected()
{
    const int row = rowOfName(QString()); // the phone-only row; the empty row was never read
    QVERIFY(row >= 0);
    QCOMPARE(m_rows.at(row).value(3), QStringLiteral("555-0100"));
    QCOMPARE(m_model->index(row, 0).data(ImportPreviewModel::RowStatusRole).toInt(), int(ImportPreviewModel::RowStatus::Rejected));
    QVERIFY(m_model->rejectionReason(row).contains(QStringLiteral("no name")));
    QCOMPARE(m_model->rowsWithStatus(ImportPreviewModel::RowStatus::Rejected), 1);
}

void TestImportPreviewModel::skippingInvalidRowsRejectsRowsWithErrors_data()
{
    QTest::addColumn<bool>("skip");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("withErrors");
    QTest::newRow("kept") << false << 1 << 1;
    QTest::newRow("skipped") << true << 2 << 0;
}

void TestImportPreviewModel::skippingInvalidRowsRejectsRowsWithErrors()
{
    QFETCH(bool, skip);
    QFETCH(int, rejected);
    QFETCH(int, withErrors);
    m_model->setSkipInvalidRows(skip);
    QCOMPARE(m_model->rowsWithStatus(ImportPreviewModel::RowStatus::Rejected), rejected);
    QCOMPARE(m_model->rowsWithStatus(ImportPreviewModel::RowStatus::Error), withErrors);
    // The company without a person is the row with an error.
    const int orphan = m_model->rowCount() - 1;
    QCOMPARE(m_model->index(orphan, m_model->columnOf(QStringLiteral("company"))).data().toString(), QStringLiteral("Orphan Holdings"));
    QCOMPARE(m_model->index(orphan, 0).data(ImportPreviewModel::SeverityRole).toInt(), int(StyleGuideRule::Severity::Error));
    QCOMPARE(m_model->rejectionReason(orphan).isEmpty(), !skip);
}

void TestImportPreviewModel::problemsAreCountedByRuleWithTheirTitles()
{
    const QList<ImportPreviewModel::Problem> problems = m_model->problems();
    QVERIFY(!problems.isEmpty());
    for (int i = 1; i < problems.size(); ++i)
        QVERIFY(problems.at(i - 1).rows >= problems.at(i).rows);
    bool casing = false;
    for (const ImportPreviewModel::Problem &p : problems) {
        QVERIFY(!p.title.isEmpty());
        QVERIFY(p.title != p.ruleId);
        if (p.ruleId == QLatin1String("contact.name.casing")) {
            casing = true;
            QCOMPARE(p.severity, StyleGuideRule::Severity::Fix);
            QCOMPARE(p.rows, 3); // anna berg, BORIS IVANOV, george miller
        }
    }
    QVERIFY(casing);
}

void TestImportPreviewModel::anIssueMarksTheCellOfItsField()
{
    const int row = rowOfName(QStringLiteral("BORIS IVANOV"));
    const QModelIndex email = m_model->index(row, m_model->columnOf(QStringLiteral("email")));
    QVERIFY(email.data(ImportPreviewModel::SeverityRole).toInt() >= 0);
    QVERIFY(!email.data(ImportPreviewModel::IssueMessagesRole).toStringList().isEmpty());
    QVERIFY(email.data(Qt::ToolTipRole).toString().contains(email.data(ImportPreviewModel::IssueMessagesRole).toStringList().first()));
    const QModelIndex clean = m_model->index(rowOfName(QStringLiteral("Dana Scully")), m_model->columnOf(QStringLiteral("first_name")));
    QVERIFY2(clean.data(ImportPreviewModel::SeverityRole).toInt() == -1, qPrintable(clean.data(Qt::ToolTipRole).toString()));
    QVERIFY(clean.data(ImportPreviewModel::IssueMessagesRole).toStringList().isEmpty());
}

void TestImportPreviewModel::aColumnMappedToACustomFieldGetsAColumnOfItsOwn()
{
    ImportMapping mapping = ImportMapping::guess(m_headers);
    QCOMPARE(m_model->columnOf(QStringLiteral("custom:Loyalty tier")), -1);
    mapping.setTarget(6, ImportMapping::Target::Custom, QStringLiteral("Loyalty tier"));
    m_model->setMapping(mapping);
    const int column = m_model->columnOf(QStringLiteral("custom:Loyalty tier"));
    QVERIFY(column > 0);
    QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Loyalty tier"));
    QCOMPARE(m_model->index(rowOfName(QStringLiteral("anna berg")), column).data().toString(), QStringLiteral("Gold"));
    // And a column that is no longer imported leaves.
    mapping.setTarget(4, ImportMapping::Target::Ignore);
    m_model->setMapping(mapping);
    QCOMPARE(m_model->columnOf(QStringLiteral("company")), -1);
}

void TestImportPreviewModel::anEmptyMappingShowsNothing()
{
    m_model->setMapping(ImportMapping());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
