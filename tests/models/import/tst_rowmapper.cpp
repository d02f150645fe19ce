#include "import/importmapping.h"
#include "import/rowmapper.h"

#include <QTest>

using namespace Kempt;

class TestRowMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesTheMappingOfAGoogleExport()
    {
        const ImportMapping m = ImportMapping::guess({QStringLiteral("Given Name"), QStringLiteral("Family Name"),
                                                      QStringLiteral("E-mail 1 - Value"), QStringLiteral("E-mail 2 - Value"),
                                                      QStringLiteral("Phone 1 - Value"), QStringLiteral("Shoe size")});
        QCOMPARE(m.columnsFor(QStringLiteral("first_name")), QList<int>{0});
        QCOMPARE(m.columnsFor(QStringLiteral("last_name")), QList<int>{1});
        QCOMPARE(m.columnsFor(QStringLiteral("email")), (QList<int>{2, 3}));
        QCOMPARE(m.columnsFor(QStringLiteral("phone")), QList<int>{4});
        QCOMPARE(m.at(5).target, ImportMapping::Target::Ignore);
    }

    void gathersSeveralColumnsIntoOneField()
    {
        const ImportMapping m = ImportMapping::guess({QStringLiteral("First Name"), QStringLiteral("Last Name"),
                                                      QStringLiteral("E-mail Address"), QStringLiteral("E-mail 2 Address"),
                                                      QStringLiteral("Business Street"), QStringLiteral("Business Street 2")});
        const Contact c = RowMapper(m).map({QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@example.org"),
                                            QStringLiteral("a.berg@example.com"), QStringLiteral("Main St 1"), QStringLiteral("Floor 2")});
        QCOMPARE(c.emails.size(), 2);
        QCOMPARE(c.emails.at(0).address, QStringLiteral("anna@example.org"));
        QVERIFY(c.emails.at(0).primary);
        QCOMPARE(c.emails.at(1).address, QStringLiteral("a.berg@example.com"));
        QVERIFY(!c.emails.at(1).primary);
        QCOMPARE(c.street, QStringLiteral("Main St 1, Floor 2"));
    }

    void splitsAFullNameWhenThereAreNoParts()
    {
        const ImportMapping m = ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Email")});
        const Contact c = RowMapper(m).map({QStringLiteral("Dr. Anna van der Berg"), QStringLiteral("anna@example.org")});
        QCOMPARE(c.salutation, QStringLiteral("Dr."));
        QCOMPARE(c.firstName, QStringLiteral("Anna"));
        QCOMPARE(c.lastName, QStringLiteral("van der Berg"));
        QVERIFY(c.displayName.isEmpty());
    }

    void readsSeveralValuesFromOneCell()
    {
        const ImportMapping m = ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Tags")});
        const Contact c = RowMapper(m).map({QStringLiteral("Anna Berg"), QStringLiteral("a@example.org ::: b@example.org"),
                                            QStringLiteral("vip, customer\u060C جديد")});
        QCOMPARE(c.emails.size(), 2);
        QCOMPARE(c.tags, (QStringList{QStringLiteral("vip"), QStringLiteral("customer"), QStringLiteral("جديد")}));
    }

    void putsABirthdayInPartsTogether()
    {
        const ImportMapping m = ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Birth Year"),
                                                      QStringLiteral("Birth Month"), QStringLiteral("Birth Day")});
        QCOMPARE(RowMapper(m).map({QStringLiteral("Anna"), QStringLiteral("1984"), QStringLiteral("7"), QStringLiteral("9")}).birthday,
                 QStringLiteral("1984-07-09"));
    }

    void fillsCustomFieldsByTheirKeys()
    {
        ImportMapping m = ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Shoe size")});
        m.setTarget(1, ImportMapping::Target::Custom, QStringLiteral("Shoe size"));
        const Contact c = RowMapper(m, {{QStringLiteral("Shoe size"), QStringLiteral("shoe_size")}})
                              .map({QStringLiteral("Anna"), QStringLiteral("38")});
        QCOMPARE(c.custom.value(QStringLiteral("shoe_size")).toString(), QStringLiteral("38"));
    }

    void aMappingRoundTripsThroughJson()
    {
        const QStringList headers{QStringLiteral("First Name"), QStringLiteral("Surname"), QStringLiteral("Shoe size")};
        ImportMapping m = ImportMapping::guess(headers);
        m.setTarget(2, ImportMapping::Target::Custom, QStringLiteral("Shoe size"));
        ImportMapping back;
        QVERIFY(ImportMapping::fromJson(m.toJson(), headers, &back));
        QCOMPARE(back, m);
    }

    void aMappingForOtherHeadersIsRefused()
    {
        const ImportMapping m = ImportMapping::guess({QStringLiteral("First Name"), QStringLiteral("Surname")});
        ImportMapping back;
        const Result r = ImportMapping::fromJson(m.toJson(), {QStringLiteral("First Name"), QStringLiteral("Phone")}, &back);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("Phone")), qPrintable(r.message()));
    }

    void theHeaderKeyIgnoresCaseAndSpacing()
    {
        QCOMPARE(ImportMapping::headerKey({QStringLiteral("First Name"), QStringLiteral("E-mail")}),
                 ImportMapping::headerKey({QStringLiteral("first  name"), QStringLiteral("e-mail")}));
    }
};

QTEST_GUILESS_MAIN(TestRowMapper)
#include "tst_rowmapper.moc"
