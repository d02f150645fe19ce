#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/customfieldstore.h"

#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kempt;

Q_DECLARE_METATYPE(Kempt::CustomFieldType)

namespace {
CustomFieldDef field(CustomFieldType type, const QString &label = QStringLiteral("Field"), const QStringList &choices = {})
{
    CustomFieldDef def;
    def.type = type;
    def.label = label;
    def.choices = choices;
    return def;
}
} // namespace

class TestCustomFieldStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void valuesAreValidatedByType_data();
    void valuesAreValidatedByType();
    void validValuesAreStoredInOneCanonicalForm_data();
    void validValuesAreStoredInOneCanonicalForm();
    void keysAreLowercaseAsciiSlugsOfTheLabel_data();
    void keysAreLowercaseAsciiSlugsOfTheLabel();
    void keysAreUniquePerEntity();
    void createRefusesAnEmptyOrRepeatedLabel();
    void aChoiceFieldNeedsChoices();
    void renamingTheLabelKeepsTheKey();
    void valueOfReadsTheStoredValueAsItsType();
    void removingAFieldRemovesItsValues();

private:
    Result write(const Workspace::WriteFn &fn) { return m_ws->write(BatchKind::Edit, QStringLiteral("test"), fn); }
    CustomFieldDef create(CustomFieldDef def);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void TestCustomFieldStore::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY(m_ws->create(m_dir->filePath(QStringLiteral("fields.kempt"))).ok());
}

void TestCustomFieldStore::cleanup()
{
    delete m_ws;
    delete m_dir;
    m_ws = nullptr;
    m_dir = nullptr;
}

CustomFieldDef TestCustomFieldStore::create(CustomFieldDef def)
{
    const Result r = write([&](QSqlDatabase db) { return CustomFieldStore(db).create(def); });
    if (!r)
        qWarning() << r.message();
    return def;
}

void TestCustomFieldStore::valuesAreValidatedByType_data()
{
    QTest::addColumn<CustomFieldType>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");
    const CustomFieldType number = CustomFieldType::Number;
    const CustomFieldType date = CustomFieldType::Date;
    const CustomFieldType choice = CustomFieldType::Choice;
    const CustomFieldType checkbox = CustomFieldType::Checkbox;

    QTest::newRow("any text is text") << CustomFieldType::Text << QVariant(QStringLiteral("x, y; z")) << true << QString();
    QTest::newRow("an empty value clears any field") << number << QVariant(QString()) << true << QString();
    QTest::newRow("a whole number") << number << QVariant(QStringLiteral("42")) << true << QString();
    QTest::newRow("a decimal with a point") << number << QVariant(QStringLiteral(" -3.5 ")) << true << QString();
    QTest::newRow("a number typed as a double") << number << QVariant(2.25) << true << QString();
    QTest::newRow("words are not a number") << number << QVariant(QStringLiteral("twelve")) << false
                                            << QStringLiteral("needs a number");
    QTest::newRow("infinity is not a number") << number << QVariant(QStringLiteral("inf")) << false
                                              << QStringLiteral("needs a number");
    QTest::newRow("an ISO date") << date << QVariant(QStringLiteral("2024-02-29")) << true << QString();
    QTest::newRow("a QDate") << date << QVariant(QDate(2024, 3, 31)) << true << QString();
    QTest::newRow("a day that does not exist") << date << QVariant(QStringLiteral("2023-02-29")) << false
                                               << QStringLiteral("year-month-day");
    QTest::newRow("a day-first date") << date << QVariant(QStringLiteral("31/03/2024")) << false
                                      << QStringLiteral("2024-03-31");
    QTest::newRow("a date with a time") << date << QVariant(QStringLiteral("2024-03-31T10:00")) << false
                                        << QStringLiteral("year-month-day");
    QTest::newRow("one of the choices") << choice << QVariant(QStringLiteral("Gold")) << true << QString();
    QTest::newRow("a choice in other case") << choice << QVariant(QStringLiteral("gold")) << false
                                            << QStringLiteral("must be one of Gold, Silver");
    QTest::newRow("not a choice") << choice << QVariant(QStringLiteral("Bronze")) << false
                                  << QStringLiteral("add it to the field's choices");
    QTest::newRow("a bool") << checkbox << QVariant(true) << true << QString();
    QTest::newRow("yes") << checkbox << QVariant(QStringLiteral("Yes")) << true << QString();
    QTest::newRow("zero") << checkbox << QVariant(0) << true << QString();
    QTest::newRow("two is not a check box state") << checkbox << QVariant(2) << false << QStringLiteral("yes or no");
    QTest::newRow("maybe") << checkbox << QVariant(QStringLiteral("maybe")) << false << QStringLiteral("yes or no");
}

void TestCustomFieldStore::valuesAreValidatedByType()
{
    QFETCH(CustomFieldType, type);
    QFETCH(QVariant, value);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    const CustomFieldDef def = field(type, QStringLiteral("Tier"), {QStringLiteral("Gold"), QStringLiteral("Silver")});

    const Result r = CustomFieldStore::validate(def, value);
    QCOMPARE(r.ok(), valid);
    if (!valid) {
        QVERIFY2(r.message().startsWith(QStringLiteral("Tier")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
    }
}

void TestCustomFieldStore::validValuesAreStoredInOneCanonicalForm_data()
{
    QTest::addColumn<CustomFieldType>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored");

    QTest::newRow("a whole number stays whole") << CustomFieldType::Number << QVariant(QStringLiteral("42"))
                                                << QVariant(qint64(42));
    QTest::newRow("a decimal") << CustomFieldType::Number << QVariant(QStringLiteral("3.5")) << QVariant(3.5);
    QTest::newRow("a QDate becomes ISO text") << CustomFieldType::Date << QVariant(QDate(2024, 3, 1))
                                              << QVariant(QStringLiteral("2024-03-01"));
    QTest::newRow("yes becomes 1") << CustomFieldType::Checkbox << QVariant(QStringLiteral("yes")) << QVariant(1);
    QTest::newRow("false becomes 0") << CustomFieldType::Checkbox << QVariant(false) << QVariant(0);
    QTest::newRow("empty is null") << CustomFieldType::Text << QVariant(QStringLiteral(" ")) << QVariant();
}

void TestCustomFieldStore::validValuesAreStoredInOneCanonicalForm()
{
    QFETCH(CustomFieldType, type);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);
    const QVariant actual = CustomFieldStore::normalized(field(type), value);
    QCOMPARE(actual.isValid(), stored.isValid());
    if (stored.isValid()) {
        QCOMPARE(actual.typeId(), stored.typeId());
        QCOMPARE(actual, stored);
    }
}

void TestCustomFieldStore::keysAreLowercaseAsciiSlugsOfTheLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("key");
    QTest::newRow("spaces") << QStringLiteral("Contract number") << QStringLiteral("contract_number");
    QTest::newRow("punctuation collapses") << QStringLiteral("  VAT-ID (EU)  ") << QStringLiteral("vat_id_eu");
    QTest::newRow("accents are dropped") << QStringLiteral("Größe über") << QStringLiteral("grosse_uber");
    QTest::newRow("digits stay") << QStringLiteral("2nd phone") << QStringLiteral("2nd_phone");
    QTest::newRow("nothing ASCII left") << QStringLiteral("名前") << QStringLiteral("field");
}

void TestCustomFieldStore::keysAreLowercaseAsciiSlugsOfTheLabel()
{
    QFETCH(QString, label);
    QFETCH(QString, key);
    QCOMPARE(CustomFieldStore::slugOf(label), key);
    QCOMPARE(create(field(CustomFieldType::Text, label)).key, key);
}

void TestCustomFieldStore::keysAreUniquePerEntity()
{
    const CustomFieldDef a = create(field(CustomFieldType::Text, QStringLiteral("Region")));
    const CustomFieldDef b = create(field(CustomFieldType::Text, QStringLiteral("Region!")));
    CustomFieldDef onCompany = field(CustomFieldType::Text, QStringLiteral("Region"));
    onCompany.entity = Entity::Company;
    onCompany = create(onCompany);
    QCOMPARE(a.key, QStringLiteral("region"));
    QCOMPARE(b.key, QStringLiteral("region_2"));
    QCOMPARE(onCompany.key, QStringLiteral("region"));
    QCOMPARE(b.position, a.position + 1);
    QCOMPARE(CustomFieldStore(m_ws->db()).list(Entity::Contact).size(), 2);
}

void TestCustomFieldStore::createRefusesAnEmptyOrRepeatedLabel()
{
    create(field(CustomFieldType::Text, QStringLiteral("Region")));
    for (const QString &label : {QStringLiteral("  "), QStringLiteral("region ")}) {
        CustomFieldDef def = field(CustomFieldType::Text, label);
        const Result r = write([&](QSqlDatabase db) { return CustomFieldStore(db).create(def); });
        QVERIFY2(!r.ok(), qPrintable(label));
        QVERIFY(r.message().contains(QStringLiteral("label")));
    }
    QCOMPARE(CustomFieldStore(m_ws->db()).list(Entity::Contact).size(), 1);
}

void TestCustomFieldStore::aChoiceFieldNeedsChoices()
{
    CustomFieldDef def = field(CustomFieldType::Choice, QStringLiteral("Tier"), {QStringLiteral(" "), QString()});
    const Result r = write([&](QSqlDatabase db) { return CustomFieldStore(db).create(def); });
    QVERIFY(!r.ok());
    QVERIFY(r.message().contains(QStringLiteral("at least one choice")));

    const CustomFieldDef ok = create(field(CustomFieldType::Choice, QStringLiteral("Tier"),
                                           {QStringLiteral(" Gold"), QStringLiteral("gold"), QStringLiteral("Silver")}));
    QCOMPARE(CustomFieldStore(m_ws->db()).find(ok.id)->choices, (QStringList{QStringLiteral("Gold"), QStringLiteral("Silver")}));
}

void TestCustomFieldStore::renamingTheLabelKeepsTheKey()
{
    const CustomFieldDef def = create(field(CustomFieldType::Text, QStringLiteral("Region")));
    create(field(CustomFieldType::Text, QStringLiteral("Area")));
    QVERIFY(write([&](QSqlDatabase db) { return CustomFieldStore(db).renameLabel(def.id, QStringLiteral("Sales region")); }).ok());
    const CustomFieldDef after = *CustomFieldStore(m_ws->db()).find(def.id);
    QCOMPARE(after.label, QStringLiteral("Sales region"));
    QCOMPARE(after.key, QStringLiteral("region"));
    QVERIFY(!write([&](QSqlDatabase db) { return CustomFieldStore(db).renameLabel(def.id, QStringLiteral("area")); }).ok());
}

void TestCustomFieldStore::valueOfReadsTheStoredValueAsItsType()
{
    const CustomFieldDef size = create(field(CustomFieldType::Number, QStringLiteral("Size")));
    const CustomFieldDef since = create(field(CustomFieldType::Date, QStringLiteral("Since")));
    const CustomFieldDef vip = create(field(CustomFieldType::Checkbox, QStringLiteral("VIP")));
    QVERIFY(write([&](QSqlDatabase db) {
        QSqlQuery q(db);
        return exec(q, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) VALUES (?, 7, 12), (?, 7, '2020-05-04'), (?, 7, 1)"),
                    {size.id, since.id, vip.id});
    }).ok());
    const CustomFieldStore store(m_ws->db());
    QCOMPARE(store.valueOf(size.id, 7), QVariant(qint64(12)));
    QCOMPARE(store.valueOf(since.id, 7), QVariant(QDate(2020, 5, 4)));
    QCOMPARE(store.valueOf(vip.id, 7), QVariant(true));
    QVERIFY(!store.valueOf(size.id, 8).isValid());
}

void TestCustomFieldStore::removingAFieldRemovesItsValues()
{
    const CustomFieldDef def = create(field(CustomFieldType::Text, QStringLiteral("Region")));
    QVERIFY(write([&](QSqlDatabase db) {
        QSqlQuery q(db);
        return exec(q, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) VALUES (?, 1, 'North'), (?, 2, 'South')"),
                    {def.id, def.id});
    }).ok());
    QVERIFY(write([&](QSqlDatabase db) { return CustomFieldStore(db).remove(def.id); }).ok());
    QVERIFY(!CustomFieldStore(m_ws->db()).find(def.id));
    QSqlQuery q(m_ws->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM custom_values")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCustomFieldStore)
#include "tst_customfieldstore.moc"
