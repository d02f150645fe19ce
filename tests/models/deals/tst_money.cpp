#include "domain/money.h"

#include <QTest>

using namespace Kempt;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountsBecomeMinorUnitsOfTheirCurrency_data()
    {
        QTest::addColumn<QVariant>("typed");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("euro cents") << QVariant(QStringLiteral("1234.5")) << QStringLiteral("EUR") << true << qint64(123450);
        QTest::newRow("a number") << QVariant(99.99) << QStringLiteral("USD") << true << qint64(9999);
        QTest::newRow("grouped C text") << QVariant(QStringLiteral("1,250.75")) << QStringLiteral("EUR") << true << qint64(125075);
        QTest::newRow("yen have no minor unit") << QVariant(QStringLiteral("1500.4")) << QStringLiteral("JPY") << true << qint64(1500);
        QTest::newRow("dinar has three digits") << QVariant(QStringLiteral("2.5")) << QStringLiteral("kwd") << true << qint64(2500);
        QTest::newRow("empty is nothing") << QVariant(QString()) << QStringLiteral("EUR") << true << qint64(0);
        QTest::newRow("negative") << QVariant(QStringLiteral("-3")) << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("words") << QVariant(QStringLiteral("a lot")) << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("absurd") << QVariant(1e18) << QStringLiteral("EUR") << false << qint64(0);
    }

    void amountsBecomeMinorUnitsOfTheirCurrency()
    {
        QFETCH(QVariant, typed);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        qint64 result = 0;
        QCOMPARE(Money::toMinor(typed, currency, &result), ok);
        if (ok)
            QCOMPARE(result, minor);
    }

    void minorUnitsReadBackInMajorUnits()
    {
        QCOMPARE(Money::toMajor(123450, QStringLiteral("EUR")), 1234.5);
        QCOMPARE(Money::toMajor(1500, QStringLiteral("JPY")), 1500.0);
        QCOMPARE(Money::toMajor(2500, QStringLiteral("BHD")), 2.5);
    }

    void aForeignCurrencyIsWrittenWithItsCode()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(Money::format(123450, QStringLiteral("EUR"), c), QStringLiteral("1,234.50\u00A0EUR"));
        QCOMPARE(Money::format(1500, QStringLiteral("JPY"), c), QStringLiteral("1,500\u00A0JPY"));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money::format(123450, QStringLiteral("USD"), us), QStringLiteral("$1,234.50"));
    }

    void onlyThreeCapitalLettersAreACurrency_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("EUR") << QStringLiteral("EUR") << true;
        QTest::newRow("lower case") << QStringLiteral("eur") << false;
        QTest::newRow("a name") << QStringLiteral("euro") << false;
        QTest::newRow("a symbol") << QStringLiteral("€") << false;
    }

    void onlyThreeCapitalLettersAreACurrency()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Money::isCurrencyCode(code), valid);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
