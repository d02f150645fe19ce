#include "quality/companynormalizer.h"
#include "quality/legalformtable.h"

#include <QFile>
#include <QTest>

using namespace Kempt;

Q_DECLARE_METATYPE(NameCaser::Casing)

class TestCompanyNormalizer : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(KEMPT_TEST_DATA "/names/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void splitsTheLegalFormFromTheName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("legalForm");
        QTest::addColumn<QString>("canonicalForm");
        QTest::newRow("German GmbH") << QStringLiteral("Siemens Healthcare GmbH") << QStringLiteral("Siemens Healthcare")
                                     << QStringLiteral("GmbH") << QStringLiteral("GmbH");
        QTest::newRow("lowercase gmbh") << QStringLiteral("acme gmbh") << QStringLiteral("acme") << QStringLiteral("gmbh")
                                        << QStringLiteral("GmbH");
        QTest::newRow("dotted g.m.b.h.") << QStringLiteral("Acme g.m.b.h.") << QStringLiteral("Acme")
                                         << QStringLiteral("g.m.b.h.") << QStringLiteral("GmbH");
        QTest::newRow("long German form") << QStringLiteral("Acme Gesellschaft mit beschränkter Haftung")
                                          << QStringLiteral("Acme")
                                          << QStringLiteral("Gesellschaft mit beschränkter Haftung")
                                          << QStringLiteral("GmbH");
        QTest::newRow("GmbH & Co. KG") << QStringLiteral("Müller GmbH & Co. KG") << QStringLiteral("Müller")
                                       << QStringLiteral("GmbH & Co. KG") << QStringLiteral("GmbH & Co. KG");
        QTest::newRow("comma before Inc.") << QStringLiteral("Apple, Inc.") << QStringLiteral("Apple")
                                           << QStringLiteral("Inc.") << QStringLiteral("Inc.");
        QTest::newRow("Incorporated") << QStringLiteral("Acme Incorporated") << QStringLiteral("Acme")
                                      << QStringLiteral("Incorporated") << QStringLiteral("Inc.");
        QTest::newRow("LLC") << QStringLiteral("Kempt Software LLC") << QStringLiteral("Kempt Software")
                             << QStringLiteral("LLC") << QStringLiteral("LLC");
        QTest::newRow("Company") << QStringLiteral("Ford Motor Company") << QStringLiteral("Ford Motor")
                                 << QStringLiteral("Company") << QStringLiteral("Co.");
        QTest::newRow("ampersand before Co") << QStringLiteral("Smith & Co") << QStringLiteral("Smith")
                                             << QStringLiteral("Co") << QStringLiteral("Co.");
        QTest::newRow("Korean-style Co., Ltd.") << QStringLiteral("Samsung Electronics Co., Ltd.")
                                                << QStringLiteral("Samsung Electronics") << QStringLiteral("Co., Ltd.")
                                                << QStringLiteral("Co Ltd");
        QTest::newRow("Swedish AB") << QStringLiteral("Volvo AB") << QStringLiteral("Volvo") << QStringLiteral("AB")
                                    << QStringLiteral("AB");
        QTest::newRow("Russian OOO with guillemets") << QStringLiteral("ООО «Ромашка»") << QStringLiteral("Ромашка")
                                                     << QStringLiteral("ООО") << QStringLiteral("ООО");
        QTest::newRow("Russian PAO with straight quotes") << QStringLiteral("ПАО \"Сбербанк\"")
                                                          << QStringLiteral("Сбербанк") << QStringLiteral("ПАО")
                                                          << QStringLiteral("ПАО");
        QTest::newRow("Russian form spelled out") << QStringLiteral("Общество с ограниченной ответственностью «Вектор»")
                                                  << QStringLiteral("Вектор")
                                                  << QStringLiteral("Общество с ограниченной ответственностью")
                                                  << QStringLiteral("ООО");
        QTest::newRow("Russian IP") << QStringLiteral("ИП Иванов") << QStringLiteral("Иванов") << QStringLiteral("ИП")
                                    << QStringLiteral("ИП");
        QTest::newRow("transliterated OOO before the name") << QStringLiteral("OOO Romashka")
                                                            << QStringLiteral("Romashka") << QStringLiteral("OOO")
                                                            << QStringLiteral("OOO");
        QTest::newRow("Arabic sharika before the name") << QStringLiteral("شركة أرامكو السعودية")
                                                        << QStringLiteral("أرامكو السعودية") << QStringLiteral("شركة")
                                                        << QStringLiteral("شركة");
        QTest::newRow("Arabic muassasa") << QStringLiteral("مؤسسة النور للتجارة") << QStringLiteral("النور للتجارة")
                                         << QStringLiteral("مؤسسة") << QStringLiteral("مؤسسة");
        QTest::newRow("Arabic LLC after the name") << QStringLiteral("الفطيم للسيارات ذ.م.م")
                                                   << QStringLiteral("الفطيم للسيارات") << QStringLiteral("ذ.م.م")
                                                   << QStringLiteral("ذ.م.م");
        QTest::newRow("Persian sherkat") << QStringLiteral("شرکت نفت پارس") << QStringLiteral("نفت پارس")
                                         << QStringLiteral("شرکت") << QStringLiteral("شرکت");
        QTest::newRow("Persian private joint stock") << QStringLiteral("ایران خودرو سهامی عام")
                                                     << QStringLiteral("ایران خودرو") << QStringLiteral("سهامی عام")
                                                     << QStringLiteral("سهامی عام");
        QTest::newRow("no legal form") << QStringLiteral("Kempt Labs") << QStringLiteral("Kempt Labs") << QString()
                                       << QString();
        QTest::newRow("a Latin form at the start is part of the name") << QStringLiteral("AB InBev")
                                                                        << QStringLiteral("AB InBev") << QString()
                                                                        << QString();
        QTest::newRow("a name ending in an ordinary short word") << QStringLiteral("Check In")
                                                                 << QStringLiteral("Check In") << QString() << QString();
        QTest::newRow("only a legal form") << QStringLiteral("GmbH") << QStringLiteral("GmbH") << QString() << QString();
    }
    void splitsTheLegalFormFromTheName()
    {
        QFETCH(QString, input);
        QFETCH(QString, base);
        QFETCH(QString, legalForm);
        QFETCH(QString, canonicalForm);
        const CompanyNormalizer::Parts parts = CompanyNormalizer().split(input);
        QCOMPARE(parts.base, base);
        QCOMPARE(parts.legalForm, legalForm);
        QCOMPARE(parts.canonicalForm, canonicalForm);
    }

    void spellingsOfOneCompanyShareAMatchKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case and legal form") << QStringLiteral("ACME GmbH") << QStringLiteral("acme");
        QTest::newRow("two legal forms of one name") << QStringLiteral("Acme Ltd.") << QStringLiteral("Acme Limited");
        QTest::newRow("comma and Inc") << QStringLiteral("Apple, Inc.") << QStringLiteral("APPLE INC");
        QTest::newRow("apostrophe") << QStringLiteral("McDonald's Corporation") << QStringLiteral("mcdonalds corp");
        QTest::newRow("Russian quotes and form") << QStringLiteral("ООО «Ромашка»") << QStringLiteral("ромашка");
        QTest::newRow("Russian form spelled out")
            << QStringLiteral("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"РОМАШКА\"") << QStringLiteral("ООО Ромашка");
        QTest::newRow("Cyrillic yo") << QStringLiteral("ЗАО Ёлка") << QStringLiteral("Елка");
        QTest::newRow("Arabic hamza and company") << QStringLiteral("شركة أرامكو") << QStringLiteral("ارامكو");
        QTest::newRow("Persian letter variants") << QStringLiteral("شرکت ایران خودرو") << QStringLiteral("شركت ايران خودرو");
        QTest::newRow("spacing") << QStringLiteral("  Kempt   Labs ") << QStringLiteral("Kempt Labs");
    }
    void spellingsOfOneCompanyShareAMatchKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const CompanyNormalizer normalizer;
        QCOMPARE(normalizer.matchKey(a), normalizer.matchKey(b));
        QVERIFY(!normalizer.matchKey(a).isEmpty());
    }

    void differentCompaniesKeepDifferentMatchKeys()
    {
        const CompanyNormalizer normalizer;
        QVERIFY(normalizer.matchKey(QStringLiteral("Acme GmbH")) != normalizer.matchKey(QStringLiteral("Apex GmbH")));
        QVERIFY(normalizer.matchKey(QStringLiteral("ООО Ромашка")) != normalizer.matchKey(QStringLiteral("ООО Василёк")));
    }

    void checkWritesTheNameTheStyleGuideWay_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<NameCaser::Casing>("casing");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("legal form capitals") << QStringLiteral("Acme gmbh") << NameCaser::Title << QStringLiteral("Acme GmbH");
        QTest::newRow("Inc gets its dot") << QStringLiteral("Acme inc") << NameCaser::Title << QStringLiteral("Acme Inc.");
        QTest::newRow("comma kept") << QStringLiteral("acme, inc") << NameCaser::Title << QStringLiteral("Acme, Inc.");
        QTest::newRow("ampersand kept") << QStringLiteral("smith & co") << NameCaser::Title << QStringLiteral("Smith & Co.");
        QTest::newRow("S.A. is a fine way to write SA") << QStringLiteral("Telefónica S.A.") << NameCaser::Title
                                                       << QStringLiteral("Telefónica S.A.");
        QTest::newRow("lowercase s.a. gets capitals") << QStringLiteral("Telefónica s.a.") << NameCaser::Title
                                                      << QStringLiteral("Telefónica S.A.");
        QTest::newRow("shouted name") << QStringLiteral("ACME TRADING LTD") << NameCaser::Title
                                      << QStringLiteral("Acme Trading Ltd");
        QTest::newRow("spaces and invisible characters") << QStringLiteral(" Acme\u200B\u00A0 GmbH ") << NameCaser::Title
                                                         << QStringLiteral("Acme GmbH");
        QTest::newRow("upper keeps the legal form's spelling") << QStringLiteral("Acme gmbh") << NameCaser::Upper
                                                                << QStringLiteral("ACME GmbH");
        QTest::newRow("keep leaves the name but fixes the form") << QStringLiteral("aCME llc") << NameCaser::Keep
                                                                  << QStringLiteral("aCME LLC");
        QTest::newRow("long form kept as written") << QStringLiteral("ACME Gesellschaft mit beschränkter Haftung")
                                                   << NameCaser::Title
                                                   << QStringLiteral("Acme Gesellschaft mit beschränkter Haftung");
        QTest::newRow("a lowercase long form is title-cased") << QStringLiteral("the coca-cola company") << NameCaser::Title
                                                              << QStringLiteral("The Coca-Cola Company");
        QTest::newRow("Russian prefix form") << QStringLiteral("ооо «ромашка»") << NameCaser::Title
                                             << QStringLiteral("ООО «Ромашка»");
        QTest::newRow("Russian shouted") << QStringLiteral("ЗАО  \"ВЕКТОР\"") << NameCaser::Title
                                         << QStringLiteral("ЗАО \"Вектор\"");
        QTest::newRow("Arabic with tatweel") << QStringLiteral("شركـة أرامكو") << NameCaser::Title
                                             << QStringLiteral("شركة أرامكو");
        QTest::newRow("Persian with Arabic letters") << QStringLiteral("شركت نفت پارس") << NameCaser::Title
                                                     << QStringLiteral("شرکت نفت پارس");
    }
    void checkWritesTheNameTheStyleGuideWay()
    {
        QFETCH(QString, input);
        QFETCH(NameCaser::Casing, casing);
        QFETCH(QString, normalized);
        const Verdict v = CompanyNormalizer().check(input, casing);
        QCOMPARE(v.normalized, normalized);
        if (input == normalized) {
            QCOMPARE(v.status, Verdict::Valid);
            QVERIFY(v.reason.isEmpty());
        } else {
            QCOMPARE(v.status, Verdict::Warning);
            QCOMPARE(v.suggestion, normalized);
            QVERIFY2(v.reason.contains(normalized), qPrintable(v.reason));
        }
        QCOMPARE(CompanyNormalizer().check(normalized, casing).status, Verdict::Valid);
    }

    void checkRejectsValuesWithoutAName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("only a legal form") << QStringLiteral("GmbH");
        QTest::newRow("only a Russian legal form") << QStringLiteral("ООО");
        QTest::newRow("only punctuation") << QStringLiteral("-- « » --");
    }
    void checkRejectsValuesWithoutAName()
    {
        QFETCH(QString, input);
        const Verdict v = CompanyNormalizer().check(input);
        QCOMPARE(v.status, Verdict::Invalid);
        QVERIFY(!v.reason.isEmpty());
    }

    void anEmptyNameStaysEmpty()
    {
        const Verdict v = CompanyNormalizer().check(QString());
        QCOMPARE(v.status, Verdict::Valid);
        QVERIFY(v.normalized.isEmpty());
    }

    void theYamlReaderHandlesCommentsQuotesAndMissingDisplays()
    {
        const QString yaml = fixture(QStringLiteral("org_types_sample.yml"));
        QVERIFY(!yaml.isEmpty());
        const LegalFormTable table = LegalFormTable::parse(
            yaml, QStringLiteral("rename\tInc\tInc.\nignore\tin\nform\tCo.\tCompany\nprefix\tOOO\n"));
        QCOMPARE(table.formCount(), 5);
        const LegalFormTable::Hit gmbh = table.find(QStringLiteral("G.M.B.H."));
        QVERIFY(gmbh.found());
        QCOMPARE(table.form(gmbh.form).display, QStringLiteral("GmbH"));
        QCOMPARE(table.form(gmbh.form).generic, QStringLiteral("LLC"));
        QVERIFY(!gmbh.prefix);
        QCOMPARE(table.form(table.find(QStringLiteral("inc")).form).display, QStringLiteral("Inc."));
        QVERIFY(table.find(QStringLiteral("Incorporated")).found());
        QVERIFY2(!table.find(QStringLiteral("in")).found(), "an ignored alias is no legal form");
        QVERIFY2(table.find(QStringLiteral("société d'exemple")).found(), "an apostrophe is no quote");
        QVERIFY2(table.find(QStringLiteral("quoted form")).found(), "quotes are removed");
        QVERIFY2(!table.find(QStringLiteral("without display")).found(), "entries without display are skipped");
        QVERIFY(table.find(QStringLiteral("ооо")).prefix);
        QVERIFY(table.find(QStringLiteral("OOO")).prefix);
        QCOMPARE(table.form(table.find(QStringLiteral("company")).form).display, QStringLiteral("Co."));
        QCOMPARE(table.maxWords(), 4);
    }

    void theShippedTableKnowsTheCommonForms_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("display");
        QTest::newRow("GmbH") << QStringLiteral("gmbh") << QStringLiteral("GmbH");
        QTest::newRow("LLC") << QStringLiteral("L.L.C.") << QStringLiteral("LLC");
        QTest::newRow("Ltd") << QStringLiteral("Limited") << QStringLiteral("Ltd");
        QTest::newRow("Inc.") << QStringLiteral("Inc") << QStringLiteral("Inc.");
        QTest::newRow("PLC") << QStringLiteral("public limited company") << QStringLiteral("PLC");
        QTest::newRow("ООО") << QStringLiteral("общество с ограниченной ответственностью") << QStringLiteral("ООО");
        QTest::newRow("ОАО") << QStringLiteral("оао") << QStringLiteral("ОАО");
        QTest::newRow("ЗАО") << QStringLiteral("ЗАО") << QStringLiteral("ЗАО");
        QTest::newRow("ПАО") << QStringLiteral("ПАО") << QStringLiteral("ПАО");
        QTest::newRow("ИП") << QStringLiteral("индивидуальный предприниматель") << QStringLiteral("ИП");
        QTest::newRow("شركة") << QStringLiteral("شركه") << QStringLiteral("شركة");
        QTest::newRow("مؤسسة") << QStringLiteral("موسسه") << QStringLiteral("مؤسسة");
    }
    void theShippedTableKnowsTheCommonForms()
    {
        QFETCH(QString, spelling);
        QFETCH(QString, display);
        const LegalFormTable &table = LegalFormTable::shipped();
        const LegalFormTable::Hit hit = table.find(spelling);
        QVERIFY(hit.found());
        QCOMPARE(table.form(hit.form).display, display);
    }
};

QTEST_GUILESS_MAIN(TestCompanyNormalizer)
#include "tst_companynormalizer.moc"
