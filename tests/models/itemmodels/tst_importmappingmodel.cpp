#include "commands/createcustomfield.h"
#include "domain/customfielddef.h"
#include "itemmodels/importmappingmodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

// The import wizard's mapping step as a model: columns mapped from their headers, targets
// changed through setData, and notes that say what a mapping does.
class TestImportMappingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void columnsAreMappedFromTheirHeaders();
    void theTargetChangesThroughSetData_data();
    void theTargetChangesThroughSetData();
    void anUnknownTargetIsRefused();
    void aFullNameAloneIsSplitIntoItsParts();
    void severalColumnsForOneFieldNameEachOther();
    void customFieldsOfTheWorkspaceAreOffered();
    void valuesOfTheColumnAreShownBesideIt();

private:
    ImportMappingModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    const QStringList m_headers{QStringLiteral("Full Name"), QStringLiteral("E-mail"), QStringLiteral("E-mail 2"),
                                QStringLiteral("Street"), QStringLiteral("Street 2"), QStringLiteral("Loyalty tier")};
    const QList<QStringList> m_samples{{QStringLiteral("Anna Berg"), QStringLiteral("a@example.com"), QString(),
                                        QStringLiteral("Hauptstr. 1"), QStringLiteral("Hinterhaus"), QStringLiteral("Gold")},
                                       {QStringLiteral("Carl Meer"), QString(), QString(), QString(), QString(), QStringLiteral("Gold")},
                                       {QStringLiteral("Dana Scully"), QString(), QString(), QString(), QString(), QStringLiteral("Silver")}};
};

void TestImportMappingModel::init()
{
    m_model = new ImportMappingModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setMapping(ImportMapping::guess(m_headers), m_samples);
}

void TestImportMappingModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

void TestImportMappingModel::columnsAreMappedFromTheirHeaders()
{
    QCOMPARE(m_model->rowCount(), int(m_headers.size()));
    QCOMPARE(m_model->targetIdAt(0), QStringLiteral("field:display_name"));
    QCOMPARE(m_model->targetIdAt(1), QStringLiteral("field:email"));
    QCOMPARE(m_model->targetIdAt(2), QStringLiteral("field:email"));
    QCOMPARE(m_model->targetIdAt(5), QStringLiteral("ignore"));
    QCOMPARE(m_model->index(5, ImportMappingModel::TargetColumn).data().toString(), m_model->labelOf(QStringLiteral("ignore")));
    QVERIFY(!m_model->index(5, 0).data(ImportMappingModel::MappedRole).toBool());
    QVERIFY(m_model->flags(m_model->index(0, ImportMappingModel::TargetColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, ImportMappingModel::HeaderColumn)) & Qt::ItemIsEditable));
}

void TestImportMappingModel::theTargetChangesThroughSetData_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("part");
    QTest::newRow("a Kempt field") << QStringLiteral("field:lead_source") << int(ImportMapping::Target::Field) << QStringLiteral("lead_source") << QString();
    QTest::newRow("a part of the birthday") << QStringLiteral("field:birthday:year") << int(ImportMapping::Target::Field) << QStringLiteral("birthday") << QStringLiteral("year");
    QTest::newRow("a new custom field") << QStringLiteral("custom:Loyalty tier") << int(ImportMapping::Target::Custom) << QStringLiteral("Loyalty tier") << QString();
    QTest::newRow("nothing") << QStringLiteral("ignore") << int(ImportMapping::Target::Ignore) << QString() << QString();
}

void TestImportMappingModel::theTargetChangesThroughSetData()
{
    QFETCH(QString, id);
    QFETCH(int, target);
    QFETCH(QString, field);
    QFETCH(QString, part);
    QSignalSpy changed(m_model, &ImportMappingModel::mappingChanged);
    // The second e-mail column, mapped to e-mail from its header.
    QVERIFY(m_model->setData(m_model->index(2, ImportMappingModel::TargetColumn), id));
    QCOMPARE(changed.count(), 1);
    const ImportMapping::Column column = m_model->mapping().at(2);
    QCOMPARE(int(column.target), target);
    QCOMPARE(column.field, field);
    QCOMPARE(column.part, part);
    QCOMPARE(column.header, QStringLiteral("E-mail 2"));
    QCOMPARE(m_model->index(2, ImportMappingModel::TargetColumn).data(Qt::EditRole).toString(), id);
    // The first e-mail column no longer has a partner.
    QVERIFY(!m_model->index(1, ImportMappingModel::NoteColumn).data().toString().contains(QStringLiteral("E-mail 2")));
}

void TestImportMappingModel::anUnknownTargetIsRefused()
{
    QSignalSpy changed(m_model, &ImportMappingModel::mappingChanged);
    QVERIFY(!m_model->setData(m_model->index(5, ImportMappingModel::TargetColumn), QStringLiteral("field:password")));
    QVERIFY(!m_model->setData(m_model->index(5, ImportMappingModel::HeaderColumn), QStringLiteral("field:city")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->targetIdAt(5), QStringLiteral("ignore"));
}

void TestImportMappingModel::aFullNameAloneIsSplitIntoItsParts()
{
    QVERIFY(m_model->index(0, ImportMappingModel::NoteColumn).data().toString().contains(QStringLiteral("Split")));
    QCOMPARE(m_model->index(0, ImportMappingModel::TargetColumn).data().toString(), QStringLiteral("Full name"));
    // Next to a first-name column the full name is what the person wants shown instead.
    m_model->setTarget(5, QStringLiteral("field:first_name"));
    QVERIFY(!m_model->index(0, ImportMappingModel::NoteColumn).data().toString().contains(QStringLiteral("Split")));
}

void TestImportMappingModel::severalColumnsForOneFieldNameEachOther()
{
    QVERIFY(m_model->index(1, ImportMappingModel::NoteColumn).data().toString().contains(QStringLiteral("E-mail 2")));
    QVERIFY(m_model->index(2, ImportMappingModel::NoteColumn).data().toString().contains(QStringLiteral("E-mail")));
    QCOMPARE(m_model->targetIdAt(3), QStringLiteral("field:street"));
    QCOMPARE(m_model->targetIdAt(4), QStringLiteral("field:street"));
    QVERIFY(m_model->index(3, ImportMappingModel::NoteColumn).data().toString().contains(QStringLiteral("Joined with Street 2")));
}

void TestImportMappingModel::customFieldsOfTheWorkspaceAreOffered()
{
    TestWorkspace ws;
    CustomFieldDef def;
    def.entity = Entity::Contact;
    def.label = QStringLiteral("Loyalty tier");
    def.type = CustomFieldType::Text;
    ws->undoStack()->push(new CreateCustomField(ws.get(), def));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setWorkspace(ws->db());
    QCOMPARE(reset.count(), 1);
    QStringList ids;
    for (const ImportMappingModel::Choice &c : m_model->choices())
        ids << c.id;
    QVERIFY(ids.contains(QStringLiteral("custom:Loyalty tier")));
    QVERIFY(ids.contains(QStringLiteral("field:first_name")));
    QCOMPARE(ids.first(), QStringLiteral("ignore"));
    m_model->setTarget(5, QStringLiteral("custom:Loyalty tier"));
    QVERIFY(m_model->index(5, ImportMappingModel::NoteColumn).data().toString().contains(QStringLiteral("custom field")));
}

void TestImportMappingModel::valuesOfTheColumnAreShownBesideIt()
{
    QCOMPARE(m_model->index(0, ImportMappingModel::SampleColumn).data().toString(), QStringLiteral("Anna Berg · Carl Meer · Dana Scully"));
    QCOMPARE(m_model->index(5, ImportMappingModel::SampleColumn).data().toString(), QStringLiteral("Gold · Silver"));
    QCOMPARE(m_model->index(2, ImportMappingModel::SampleColumn).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TestImportMappingModel)
#include "tst_importmappingmodel.moc"
