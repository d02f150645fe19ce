#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The messages of the headless engine reach users through kempt-cli (and the GUI) in
// their language. lupdate files a message under the context its source names; the
// engine must look it up under that same context at run time, or the translation sits
// in the .ts file and is never found. This runs the real binary in each locale and
// checks that messages from several parts of models/ come out translated.
class TestCliTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QString &locale, const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(KEMPT_CLI_PATH), arguments);
        Run run;
        if (!p.waitForStarted())
            return run;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    static QRegularExpression scriptOf(const QString &locale)
    {
        return QRegularExpression(locale.startsWith(QLatin1String("ru")) ? QStringLiteral("\\p{Cyrillic}{3}")
                                                                          : QStringLiteral("\\p{Arabic}{3}"));
    }

    // The reason column of a check, one value per line in, TSV out.
    QString reason(const QString &locale, const QString &field, const QString &value)
    {
        const Run run = cli(locale, {QStringLiteral("check"), QStringLiteral("--field"), field}, value.toUtf8() + '\n');
        if (run.code != 0)
            return QStringLiteral("exit %1: %2").arg(run.code).arg(run.err);
        return run.out.split(QLatin1Char('\t')).value(3);
    }

private Q_SLOTS:
    void engineMessagesComeOutTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const char *locale : {"ru_RU.UTF-8", "ar_EG.UTF-8", "fa_IR.UTF-8"}) {
            const QString l = QString::fromLatin1(locale);
            const QString lang = l.left(2);
            QTest::newRow(qPrintable(lang + QStringLiteral(": an e-mail typo"))) << l << "email" << "anna@gmial.com";
            QTest::newRow(qPrintable(lang + QStringLiteral(": an e-mail without a domain"))) << l << "email" << "anna@";
            QTest::newRow(qPrintable(lang + QStringLiteral(": a phone too short"))) << l << "phone" << "12";
            QTest::newRow(qPrintable(lang + QStringLiteral(": an unknown country"))) << l << "country" << "Atlantis";
            QTest::newRow(qPrintable(lang + QStringLiteral(": an impossible date"))) << l << "date" << "31/02/2020";
        }
    }

    void engineMessagesComeOutTranslated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const QString english = reason(QStringLiteral("C.UTF-8"), field, value);
        QVERIFY2(!english.isEmpty(), "the check gives a reason in English");
        const QString translated = reason(locale, field, value);
        QVERIFY2(translated.contains(scriptOf(locale)), qPrintable(translated));
        QVERIFY(translated != english);
    }

    void workspaceErrorsComeOutTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("ru") << "ru_RU.UTF-8";
        QTest::newRow("ar") << "ar_EG.UTF-8";
        QTest::newRow("fa") << "fa_IR.UTF-8";
    }

    void workspaceErrorsComeOutTranslated()
    {
        QFETCH(QString, locale);
        // Not a workspace: the storage layer's message, not the command's.
        const QString bogus = m_dir.filePath(QStringLiteral("notes.kempt"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const Run run = cli(locale, {QStringLiteral("--db"), bogus, QStringLiteral("info")});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains(scriptOf(locale)), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
