#include "import/namesplitter.h"

#include <QTest>

using namespace Kempt;

class TestNameSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAFullNameTheWayAPersonReadsIt_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("salutation");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<QString>("last");
        QTest::newRow("first and last") << "Anna Berg" << "" << "Anna" << "" << "Berg";
        QTest::newRow("a middle name") << "Anna Maria Berg" << "" << "Anna" << "Maria" << "Berg";
        QTest::newRow("last name first, with a comma") << "Berg, Anna Maria" << "" << "Anna" << "Maria" << "Berg";
        QTest::newRow("a salutation") << "Dr. Anna Berg" << "Dr." << "Anna" << "" << "Berg";
        QTest::newRow("particles belong to the last name") << "Anna van der Berg" << "" << "Anna" << "" << "van der Berg";
        QTest::newRow("de la") << "Juan de la Cruz" << "" << "Juan" << "" << "de la Cruz";
        QTest::newRow("Arabic al") << "Omar al Hassan" << "" << "Omar" << "" << "al Hassan";
        QTest::newRow("hyphenated stays whole") << "Omar al-Hassan" << "" << "Omar" << "" << "al-Hassan";
        QTest::newRow("one word is a first name") << "Cher" << "" << "Cher" << "" << "";
        QTest::newRow("an initial is not a salutation") << "M Smith" << "" << "M" << "" << "Smith";
        QTest::newRow("Russian") << "Мария Ивановна Иванова" << "" << "Мария" << "Ивановна" << "Иванова";
        QTest::newRow("Persian") << "خانم مریم احمدی" << "خانم" << "مریم" << "" << "احمدی";
        QTest::newRow("spaces tidied") << "  Anna   Berg " << "" << "Anna" << "" << "Berg";
        QTest::newRow("empty") << "" << "" << "" << "" << "";
    }

    void splitsAFullNameTheWayAPersonReadsIt()
    {
        QFETCH(QString, full);
        QFETCH(QString, salutation);
        QFETCH(QString, first);
        QFETCH(QString, middle);
        QFETCH(QString, last);
        const NameSplitter::Parts parts = NameSplitter::split(full);
        QCOMPARE(parts.salutation, salutation);
        QCOMPARE(parts.first, first);
        QCOMPARE(parts.middle, middle);
        QCOMPARE(parts.last, last);
    }
};

QTEST_GUILESS_MAIN(TestNameSplitter)
#include "tst_namesplitter.moc"
