#include "io/textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Kempt;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(KEMPT_TEST_DATA "/encodings/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void decodingInBlocksGivesTheSameTextAsAllAtOnce_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        const QString mixed = QStringLiteral("Ivan Петров, Γιώργος, محمد, 日本語 and 😀 emoji");
        QTest::newRow("UTF-8") << QByteArrayLiteral("UTF-8") << mixed.toUtf8() << mixed;
        QTest::newRow("UTF-16LE") << QByteArrayLiteral("UTF-16LE") << QStringEncoder(QStringEncoder::Utf16LE).encode(mixed).operator QByteArray() << mixed;
        QTest::newRow("UTF-16BE") << QByteArrayLiteral("UTF-16BE") << QStringEncoder(QStringEncoder::Utf16BE).encode(mixed).operator QByteArray() << mixed;
        const QString russian = QString::fromUtf8(fixture(QStringLiteral("russian.utf8.csv")));
        QTest::newRow("windows-1251") << QByteArrayLiteral("windows-1251") << fixture(QStringLiteral("russian.windows-1251.csv")) << russian;
        QTest::newRow("KOI8-R") << QByteArrayLiteral("KOI8-R") << fixture(QStringLiteral("russian.koi8-r.csv")) << russian;
        QTest::newRow("windows-1256") << QByteArrayLiteral("windows-1256") << fixture(QStringLiteral("arabic.windows-1256.csv"))
                                      << QString::fromUtf8(fixture(QStringLiteral("arabic.utf8.csv")));
    }
    void decodingInBlocksGivesTheSameTextAsAllAtOnce()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QVERIFY(!bytes.isEmpty());
        for (int block = 1; block <= 5; ++block) {
            TextDecoder decoder(encoding);
            QVERIFY(decoder.isValid());
            QString decoded;
            for (qsizetype pos = 0; pos < bytes.size(); pos += block)
                decoded += decoder.decode(bytes.mid(pos, block));
            decoded += decoder.finish();
            QCOMPARE(decoded, text);
            QCOMPARE(decoder.invalidSequences(), 0);
            QCOMPARE(decoder.bytesDecoded(), bytes.size());
        }
    }

    void aByteOrderMarkIsDroppedOnlyAtTheStart()
    {
        TextDecoder decoder("UTF-8");
        QCOMPARE(decoder.decode(QByteArray("\xEF\xBB\xBF" "a")), QStringLiteral("a"));
        QCOMPARE(decoder.decode(QByteArray("\xEF\xBB\xBF" "b")), QString(QChar(0xFEFF)) + QLatin1Char('b'));
    }

    void invalidBytesAreCountedWithTheOffsetOfTheFirst()
    {
        TextDecoder decoder("UTF-8");
        QString text = decoder.decode(QByteArray("caf\xC3\xA9 and na\xEFve"));
        text += decoder.decode(QByteArray(" r\xE9sum\xE9"));
        text += decoder.finish();
        QCOMPARE(decoder.invalidSequences(), 3);
        QCOMPARE(decoder.firstInvalidOffset(), 12);
        QCOMPARE(text.count(QChar(0xFFFD)), 3);
        QVERIFY(text.startsWith(QStringLiteral("café and na")));
    }

    void aCharacterCutAtTheEndOfTheInputIsReported()
    {
        TextDecoder decoder("UTF-8");
        QCOMPARE(decoder.decode(QByteArray("ok \xD0")), QStringLiteral("ok "));
        QCOMPARE(decoder.finish(), QString(QChar(0xFFFD)));
        QCOMPARE(decoder.invalidSequences(), 1);
        QCOMPARE(decoder.firstInvalidOffset(), 3);
    }

    void anUnknownEncodingGivesAnInvalidDecoder()
    {
        TextDecoder decoder("no-such-charset");
        QVERIFY(!decoder.isValid());
        QCOMPARE(decoder.decode(QByteArray("abc")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
