#include "quality/unicodehygiene.h"
#include "quality/whitespace.h"

#include <QTest>

using namespace Kempt;

// Written with escapes where the point is a character nobody can see.
class TestUnicodeHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanKeepsWhatTheReaderSeesAndDropsTheRest_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("cleaned");
        QTest::newRow("latin text is untouched") << QStringLiteral("Anna Müller") << QStringLiteral("Anna Müller");
        QTest::newRow("decomposed accents are composed")
            << QStringLiteral("Mu\u0308ller") << QStringLiteral("Müller");
        QTest::newRow("zero-width space inside a word is removed")
            << QStringLiteral("An\u200Bna") << QStringLiteral("Anna");
        QTest::newRow("byte order mark at the start and inside is removed")
            << QStringLiteral("\uFEFFIvan\uFEFF") << QStringLiteral("Ivan");
        QTest::newRow("word joiner and soft hyphen are removed")
            << QStringLiteral("Kempt\u2060Soft\u00ADware") << QStringLiteral("KemptSoftware");
        QTest::newRow("bidi marks around a Persian name are removed")
            << QStringLiteral("\u200Fعلی\u200E") << QStringLiteral("علی");
        QTest::newRow("bidi embeddings and isolates are removed")
            << QStringLiteral("\u202Bمحمد\u202C \u2067Ali\u2069") << QStringLiteral("محمد Ali");
        QTest::newRow("tatweel is removed from Arabic")
            << QStringLiteral("محـــمد") << QStringLiteral("محمد");
        QTest::newRow("Arabic presentation forms become letters")
            << QStringLiteral("\uFEE3\uFEA4\uFEE4\uFEAA") << QStringLiteral("محمد");
        QTest::newRow("Persian text with Arabic yeh and kaf gets the Persian forms")
            << QStringLiteral("پيمان كريمي") << QStringLiteral("پیمان کریمی");
        QTest::newRow("Persian yeh decides a Persian name without Persian-only letters")
            << QStringLiteral("علی رضایی") << QStringLiteral("علی رضایی");
        QTest::newRow("alef maksura in Persian text becomes Persian yeh")
            << QStringLiteral("مصطفى گلزار") << QStringLiteral("مصطفی گلزار");
        QTest::newRow("Arabic text keeps Arabic yeh, kaf and alef maksura")
            << QStringLiteral("شركة على الكعبي") << QStringLiteral("شركة على الكعبي");
        QTest::newRow("a stray keheh in Arabic text becomes kaf")
            << QStringLiteral("محمد علي الکعبي") << QStringLiteral("محمد علي الكعبي");
        QTest::newRow("Persian yeh in Arabic text: dotted inside a word, dotless at its end")
            << QStringLiteral("سعيد بن علی الزيدی الشيباني") << QStringLiteral("سعيد بن على الزيدى الشيباني");
        QTest::newRow("ZWNJ inside a Persian word is kept")
            << QStringLiteral("می\u200Cخواهم") << QStringLiteral("می\u200Cخواهم");
        QTest::newRow("doubled ZWNJ collapses to one")
            << QStringLiteral("می\u200C\u200Cخواهم") << QStringLiteral("می\u200Cخواهم");
        QTest::newRow("ZWNJ at word edges is removed")
            << QStringLiteral("\u200Cکتاب\u200C ها\u200C") << QStringLiteral("کتاب ها");
        QTest::newRow("Urdu text is left as typed")
            << QStringLiteral("پاکستان ٹیلی کام") << QStringLiteral("پاکستان ٹیلی کام");
        QTest::newRow("Cyrillic is untouched") << QStringLiteral("Пётр Ёлкин") << QStringLiteral("Пётр Ёлкин");
        QTest::newRow("empty stays empty") << QString() << QString();
    }
    void cleanKeepsWhatTheReaderSeesAndDropsTheRest()
    {
        QFETCH(QString, input);
        QFETCH(QString, cleaned);
        QCOMPARE(UnicodeHygiene::clean(input), cleaned);
        QCOMPARE(UnicodeHygiene::clean(cleaned), cleaned);
    }

    void matchKeyMakesSpellingsOfOneNameEqual_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case") << QStringLiteral("ANNA") << QStringLiteral("anna");
        QTest::newRow("Cyrillic yo is e") << QStringLiteral("Пётр Ёлкин") << QStringLiteral("петр елкин");
        QTest::newRow("Latin accents") << QStringLiteral("Zürich") << QStringLiteral("Zurich");
        QTest::newRow("German sharp s folds to ss") << QStringLiteral("Straße") << QStringLiteral("STRASSE");
        QTest::newRow("Arabic and Persian yeh") << QStringLiteral("علي") << QStringLiteral("علی");
        QTest::newRow("alef maksura and yeh") << QStringLiteral("مصطفى") << QStringLiteral("مصطفي");
        QTest::newRow("kaf and keheh") << QStringLiteral("كريم") << QStringLiteral("کریم");
        QTest::newRow("harakat") << QStringLiteral("مُحَمَّد") << QStringLiteral("محمد");
        QTest::newRow("hamza on alef") << QStringLiteral("أحمد") << QStringLiteral("احمد");
        QTest::newRow("alef madda") << QStringLiteral("آمریکا") << QStringLiteral("امریکا");
        QTest::newRow("teh marbuta and heh") << QStringLiteral("فاطمة") << QStringLiteral("فاطمه");
        QTest::newRow("tatweel") << QStringLiteral("محـمد") << QStringLiteral("محمد");
        QTest::newRow("ZWNJ and none") << QStringLiteral("می\u200Cخواهم") << QStringLiteral("میخواهم");
        QTest::newRow("Persian and Arabic-Indic digits") << QStringLiteral("۱۲٣") << QStringLiteral("123");
        QTest::newRow("invisible characters") << QStringLiteral("\u200FAn\u200Bna") << QStringLiteral("Anna");
    }
    void matchKeyMakesSpellingsOfOneNameEqual()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(UnicodeHygiene::matchKey(a), UnicodeHygiene::matchKey(b));
    }

    void matchKeyKeepsDifferentNamesApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Cyrillic short i is not i") << QStringLiteral("Мой") << QStringLiteral("Мои");
        QTest::newRow("different Arabic names") << QStringLiteral("علي") << QStringLiteral("عمر");
        QTest::newRow("different Latin names") << QStringLiteral("Anna") << QStringLiteral("Anne");
    }
    void matchKeyKeepsDifferentNamesApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(UnicodeHygiene::matchKey(a) != UnicodeHygiene::matchKey(b));
    }

    void whitespaceIsTrimmedAndCollapsed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("cleaned");
        QTest::newRow("ends trimmed") << QStringLiteral("  Anna  ") << QStringLiteral("Anna");
        QTest::newRow("inner run collapsed") << QStringLiteral("Anna \t  Lee") << QStringLiteral("Anna Lee");
        QTest::newRow("no-break space is a space") << QStringLiteral("Anna\u00A0\u00A0Lee") << QStringLiteral("Anna Lee");
        QTest::newRow("thin and ideographic spaces") << QStringLiteral("A\u2009B\u3000C") << QStringLiteral("A B C");
        QTest::newRow("line breaks and separators") << QStringLiteral("A\r\nB\u2028C") << QStringLiteral("A B C");
        QTest::newRow("control characters removed") << QStringLiteral("An\u0001na\u007F") << QStringLiteral("Anna");
        QTest::newRow("ZWNJ is not a space") << QStringLiteral(" می\u200Cخواهم ") << QStringLiteral("می\u200Cخواهم");
        QTest::newRow("Russian") << QStringLiteral(" Иван   Петров ") << QStringLiteral("Иван Петров");
        QTest::newRow("Arabic") << QStringLiteral("محمد\u00A0 العلي") << QStringLiteral("محمد العلي");
        QTest::newRow("only spaces") << QStringLiteral(" \u00A0\t") << QString();
    }
    void whitespaceIsTrimmedAndCollapsed()
    {
        QFETCH(QString, input);
        QFETCH(QString, cleaned);
        QCOMPARE(Whitespace::clean(input), cleaned);
    }
};

QTEST_GUILESS_MAIN(TestUnicodeHygiene)
#include "tst_unicodehygiene.moc"
