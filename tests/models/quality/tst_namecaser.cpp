#include "quality/namecaser.h"

#include <QTest>

using namespace Kempt;

Q_DECLARE_METATYPE(NameCaser::Casing)
Q_DECLARE_METATYPE(NameCaser::Kind)

class TestNameCaser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleCasesPeoplesNamesAsTheyAreWritten_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lowercase name") << QStringLiteral("john smith") << QStringLiteral("John Smith");
        QTest::newRow("shouted name") << QStringLiteral("JOHN SMITH") << QStringLiteral("John Smith");
        QTest::newRow("French style surname in capitals") << QStringLiteral("Jean DUPONT") << QStringLiteral("Jean Dupont");
        QTest::newRow("Mc names") << QStringLiteral("RONALD MCDONALD") << QStringLiteral("Ronald McDonald");
        QTest::newRow("a capitalised Mc name gets its inner capital") << QStringLiteral("Mcdonald") << QStringLiteral("McDonald");
        QTest::newRow("listed Mac names") << QStringLiteral("douglas macarthur") << QStringLiteral("Douglas MacArthur");
        QTest::newRow("Mack is not a Mac name") << QStringLiteral("MACK") << QStringLiteral("Mack");
        QTest::newRow("Macy is not a Mac name") << QStringLiteral("macy gray") << QStringLiteral("Macy Gray");
        QTest::newRow("Irish apostrophe") << QStringLiteral("o'brien") << QStringLiteral("O'Brien");
        QTest::newRow("Italian apostrophe") << QStringLiteral("D'ANGELO") << QStringLiteral("D'Angelo");
        QTest::newRow("typographic apostrophe") << QStringLiteral("o’neill") << QStringLiteral("O’Neill");
        QTest::newRow("capitalised apostrophe name gets its inner capital") << QStringLiteral("O'brien") << QStringLiteral("O'Brien");
        QTest::newRow("Dutch particles") << QStringLiteral("pieter van der berg") << QStringLiteral("Pieter van der Berg");
        QTest::newRow("a surname field starting with particles") << QStringLiteral("VAN DER BERG") << QStringLiteral("van der Berg");
        QTest::newRow("Spanish particles") << QStringLiteral("maria de la cruz") << QStringLiteral("Maria de la Cruz");
        QTest::newRow("German von") << QStringLiteral("ursula von der leyen") << QStringLiteral("Ursula von der Leyen");
        QTest::newRow("Italian da and di") << QStringLiteral("LEONARDO DA VINCI") << QStringLiteral("Leonardo da Vinci");
        QTest::newRow("French du and le") << QStringLiteral("jean du pont le grand") << QStringLiteral("Jean du Pont le Grand");
        QTest::newRow("Arabic bin and ibn") << QStringLiteral("mohammed bin salman ibn saud") << QStringLiteral("Mohammed bin Salman ibn Saud");
        QTest::newRow("hyphenated al") << QStringLiteral("ahmed al-hassan") << QStringLiteral("Ahmed al-Hassan");
        QTest::newRow("hyphenated al alone") << QStringLiteral("AL-HASSAN") << QStringLiteral("al-Hassan");
        QTest::newRow("a given name that is a particle") << QStringLiteral("van") << QStringLiteral("Van");
        QTest::newRow("capitalised particles are a choice and kept") << QStringLiteral("Jan Van Den Bossche") << QStringLiteral("Jan Van Den Bossche");
        QTest::newRow("double-barrelled surname") << QStringLiteral("anna smith-jones") << QStringLiteral("Anna Smith-Jones");
        QTest::newRow("hyphenated given name") << QStringLiteral("JEAN-LUC PICARD") << QStringLiteral("Jean-Luc Picard");
        QTest::newRow("capitalised hyphenated name gets its inner capital") << QStringLiteral("Jean-luc") << QStringLiteral("Jean-Luc");
        QTest::newRow("initials") << QStringLiteral("j.r.r. tolkien") << QStringLiteral("J.R.R. Tolkien");
        QTest::newRow("mixed case is kept") << QStringLiteral("danny DeVito") << QStringLiteral("Danny DeVito");
        QTest::newRow("roman numeral after a name") << QStringLiteral("john smith iii") << QStringLiteral("John Smith III");
        QTest::newRow("Russian in capitals") << QStringLiteral("ИВАН ИВАНОВ") << QStringLiteral("Иван Иванов");
        QTest::newRow("Russian in lowercase") << QStringLiteral("пётр ильич чайковский") << QStringLiteral("Пётр Ильич Чайковский");
        QTest::newRow("Russian double surname") << QStringLiteral("АННА РИМСКАЯ-КОРСАКОВА") << QStringLiteral("Анна Римская-Корсакова");
        QTest::newRow("Azerbaijani patronymic particle comes last") << QStringLiteral("ИЛЬХАМ ГЕЙДАР ОГЛЫ АЛИЕВ")
                                                                    << QStringLiteral("Ильхам Гейдар оглы Алиев");
        QTest::newRow("Greek final sigma") << QStringLiteral("ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ") << QStringLiteral("Γιώργος Παπαδόπουλος");
        QTest::newRow("Arabic has no case") << QStringLiteral("محمد بن سلمان") << QStringLiteral("محمد بن سلمان");
        QTest::newRow("Persian has no case") << QStringLiteral("علی رضایی") << QStringLiteral("علی رضایی");
        QTest::newRow("mixed scripts") << QStringLiteral("ALI علی") << QStringLiteral("Ali علی");
        QTest::newRow("German sharp s") << QStringLiteral("GROSS straße") << QStringLiteral("Gross Straße");
        QTest::newRow("spacing is left alone") << QStringLiteral(" anna  lee ") << QStringLiteral(" Anna  Lee ");
        QTest::newRow("empty") << QString() << QString();
    }
    void titleCasesPeoplesNamesAsTheyAreWritten()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(NameCaser::apply(input, NameCaser::Title, NameCaser::Person), expected);
    }

    void titleCasesCompanyNamesWithTheirAcronymsAndLegalForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("acronym in a lowercase name") << QStringLiteral("ibm deutschland gmbh") << QStringLiteral("IBM Deutschland GmbH");
        QTest::newRow("acronym in a shouted name") << QStringLiteral("BMW AG") << QStringLiteral("BMW AG");
        QTest::newRow("SAP and NASA") << QStringLiteral("sap nasa") << QStringLiteral("SAP NASA");
        QTest::newRow("shouted company becomes title case") << QStringLiteral("ACME TRADING LTD") << QStringLiteral("Acme Trading Ltd");
        QTest::newRow("a name of three capitals is an acronym") << QStringLiteral("FBI") << QStringLiteral("FBI");
        QTest::newRow("a shouted one-word name of four letters is not") << QStringLiteral("ACME") << QStringLiteral("Acme");
        QTest::newRow("three capitals among other words are shouting") << QStringLiteral("BIG RED BUS") << QStringLiteral("Big Red Bus");
        QTest::newRow("consonant acronym kept in a shouted name") << QStringLiteral("KPMG AUDIT LLC") << QStringLiteral("KPMG Audit LLC");
        QTest::newRow("capitals meant in a mixed name are kept") << QStringLiteral("Bosch IT Services") << QStringLiteral("Bosch IT Services");
        QTest::newRow("GmbH and Co KG run") << QStringLiteral("müller gmbh & co. kg") << QStringLiteral("Müller GmbH & Co. KG");
        QTest::newRow("Inc with a dot") << QStringLiteral("apple inc.") << QStringLiteral("Apple Inc.");
        QTest::newRow("S.A. keeps its dots") << QStringLiteral("telefonica s.a.") << QStringLiteral("Telefonica S.A.");
        QTest::newRow("Swedish AB") << QStringLiteral("VOLVO AB") << QStringLiteral("Volvo AB");
        QTest::newRow("a legal form inside the name is an ordinary word") << QStringLiteral("good as new") << QStringLiteral("Good As New");
        QTest::newRow("mixed-case brand kept") << QStringLiteral("iPhone repair shop") << QStringLiteral("iPhone Repair Shop");
        QTest::newRow("first particle of a company is capitalised") << QStringLiteral("de beers group") << QStringLiteral("De Beers Group");
        QTest::newRow("al at the start of a company") << QStringLiteral("al-futtaim group") << QStringLiteral("Al-Futtaim Group");
        QTest::newRow("particles inside a company") << QStringLiteral("BANCO DE LA NACION") << QStringLiteral("Banco de la Nacion");
        QTest::newRow("connectives inside a company") << QStringLiteral("BANK OF AMERICA") << QStringLiteral("Bank of America");
        QTest::newRow("French company apostrophe") << QStringLiteral("l'oreal") << QStringLiteral("L'Oreal");
        QTest::newRow("Russian legal form at the start") << QStringLiteral("ооо «ромашка»") << QStringLiteral("ООО «Ромашка»");
        QTest::newRow("Russian shouted company") << QStringLiteral("ПАО СБЕРБАНК") << QStringLiteral("ПАО Сбербанк");
        QTest::newRow("Russian acronym") << QStringLiteral("ОАО ржд") << QStringLiteral("ОАО РЖД");
        QTest::newRow("Arabic company unchanged") << QStringLiteral("شركة أرامكو السعودية") << QStringLiteral("شركة أرامكو السعودية");
    }
    void titleCasesCompanyNamesWithTheirAcronymsAndLegalForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(NameCaser::apply(input, NameCaser::Title, NameCaser::Company), expected);
    }

    void otherCasingsChangeEveryLetterOrNone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<NameCaser::Casing>("casing");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upper") << QStringLiteral("Anna McDonald") << NameCaser::Upper << QStringLiteral("ANNA MCDONALD");
        QTest::newRow("upper Cyrillic") << QStringLiteral("Пётр") << NameCaser::Upper << QStringLiteral("ПЁТР");
        QTest::newRow("lower") << QStringLiteral("Anna McDonald") << NameCaser::Lower << QStringLiteral("anna mcdonald");
        QTest::newRow("keep") << QStringLiteral("aNNA mcDonald") << NameCaser::Keep << QStringLiteral("aNNA mcDonald");
        QTest::newRow("upper Arabic unchanged") << QStringLiteral("محمد") << NameCaser::Upper << QStringLiteral("محمد");
    }
    void otherCasingsChangeEveryLetterOrNone()
    {
        QFETCH(QString, input);
        QFETCH(NameCaser::Casing, casing);
        QFETCH(QString, expected);
        QCOMPARE(NameCaser::apply(input, casing), expected);
    }

    void casingNamesRoundTrip_data()
    {
        QTest::addColumn<NameCaser::Casing>("casing");
        QTest::newRow("title") << NameCaser::Title;
        QTest::newRow("upper") << NameCaser::Upper;
        QTest::newRow("lower") << NameCaser::Lower;
        QTest::newRow("keep") << NameCaser::Keep;
    }
    void casingNamesRoundTrip()
    {
        QFETCH(NameCaser::Casing, casing);
        NameCaser::Casing read = NameCaser::Keep;
        QVERIFY(NameCaser::casingFromName(NameCaser::casingName(casing).toUpper(), &read));
        QCOMPARE(read, casing);
    }

    void anUnknownCasingNameIsRejected()
    {
        NameCaser::Casing read = NameCaser::Upper;
        QVERIFY(!NameCaser::casingFromName(QStringLiteral("sentence"), &read));
        QCOMPARE(read, NameCaser::Upper);
    }
};

QTEST_GUILESS_MAIN(TestNameCaser)
#include "tst_namecaser.moc"
