#include "quality/pcre2pattern.h"

#include <QRegularExpression>
#include <QTest>

using namespace Kempt;

// Pcre2Pattern stands in for QRegularExpression in PhoneFastPath: every answer it gives
// must be the one QRegularExpression gives for the same pattern and options.
class TestPcre2Pattern : public QObject
{
    Q_OBJECT

private slots:
    void matchesAsQRegularExpressionDoes_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("offset");

        // Patterns of the kind libphonenumber's metadata holds.
        QTest::newRow("national number, whole") << "[2-9]\\d{9}" << "2015550123" << 0;
        QTest::newRow("national number, too long") << "[2-9]\\d{9}" << "20155501234" << 0;
        QTest::newRow("alternatives") << "(?:4[0-8]|5[0-24-9])\\d{7}" << "412345678" << 0;
        QTest::newRow("national prefix with groups") << "0|(\\d{3})(\\d{4})?" << "0301234567" << 0;
        QTest::newRow("an optional group unset") << "(1)?(2)(3)?" << "2" << 0;
        QTest::newRow("international prefix") << "00|810" << "0049301234" << 0;
        QTest::newRow("no match at the start") << "4\\d" << "1234567" << 0;
        QTest::newRow("from an offset") << "(\\d{3})(\\d{4})" << "0301234567" << 3;
        QTest::newRow("offset at the end") << "\\d*" << "123" << 3;
        QTest::newRow("lookbehind sees before the offset") << "(?<=3)(\\d)" << "0301234" << 2;
        QTest::newRow("empty pattern") << "" << "123" << 0;
        QTest::newRow("non-ASCII subject") << "\\d+" << "١٢٣45" << 0;
    }
    void matchesAsQRegularExpressionDoes()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, subject);
        QFETCH(int, offset);
        for (bool anchored : {false, true}) {
            const Pcre2Pattern mine(pattern, false);
            const QRegularExpression theirs(pattern);
            QVERIFY(mine.isValid());
            QCOMPARE(mine.captureCount(), theirs.captureCount());
            const Pcre2Pattern::Match m = mine.match(subject, offset, anchored);
            const QRegularExpressionMatch t = theirs.match(subject, offset, QRegularExpression::NormalMatch,
                                                           anchored ? QRegularExpression::AnchorAtOffsetMatchOption
                                                                    : QRegularExpression::NoMatchOption);
            QCOMPARE(m.hasMatch(), t.hasMatch());
            if (!t.hasMatch())
                continue;
            for (int g = 0; g <= theirs.captureCount(); ++g) {
                QCOMPARE(m.capturedStart(g), t.capturedStart(g));
                QCOMPARE(m.capturedEnd(g), t.capturedEnd(g));
                QCOMPARE(m.capturedLength(g), t.capturedLength(g));
                QCOMPARE(m.capturedView(g).toString(), t.captured(g));
            }
        }
        // The whole form is QRegularExpression::anchoredPattern's.
        const Pcre2Pattern whole(pattern, true);
        const QRegularExpression anchored(QRegularExpression::anchoredPattern(pattern));
        QCOMPARE(whole.matches(subject), anchored.match(subject).hasMatch());
    }

    void anInvalidPatternMatchesNothing()
    {
        const Pcre2Pattern broken(QStringLiteral("(\\d"), false);
        QVERIFY(!broken.isValid());
        QCOMPARE(broken.captureCount(), -1);
        QVERIFY(!broken.matches(QStringLiteral("1")));
        QVERIFY(!Pcre2Pattern().isValid());
    }

    void copiesShareTheLastMatchOfOneThread()
    {
        const Pcre2Pattern a(QStringLiteral("(\\d)(\\d)"), false);
        const Pcre2Pattern b = a;
        const QString first = QStringLiteral("12");
        const Pcre2Pattern::Match m = a.match(first);
        QCOMPARE(m.capturedView(2).toString(), QStringLiteral("2"));
        // Another pattern's match leaves this one alone.
        const Pcre2Pattern other(QStringLiteral("(\\d)"), false);
        QVERIFY(other.match(QStringLiteral("9")).hasMatch());
        QCOMPARE(m.capturedView(1).toString(), QStringLiteral("1"));
        QVERIFY(b.match(QStringLiteral("34")).hasMatch());
        QCOMPARE(b.captureCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPcre2Pattern)
#include "tst_pcre2pattern.moc"
