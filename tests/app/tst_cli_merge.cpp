#include "mergefixture.h"
#include "commands/mergecontacts.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "merge/mergegrouppreview.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kempt;
using Kempt::Test::MergeFixture;

// kempt-cli merges and unmerge, run as the real binary on a workspace whose merges were
// written through the commands.
class TestCliMerge : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    MergeFixture m_fixture;
    qint64 m_mergeId = 0;

    QString file() const { return m_dir->filePath(QStringLiteral("w.sqlite")); }

    Run cli(const QStringList &arguments) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir->path());
        p.start(QStringLiteral(KEMPT_CLI_PATH), arguments);
        Run run;
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    // The fixture, Ann and Anna merged; with editJob, the survivor's job title is edited
    // after the merge. The workspace is closed again before the CLI opens it.
    bool prepare(bool merge, bool editJob = false)
    {
        Workspace ws;
        if (!ws.create(file()) || !buildMergeFixture(&ws, &m_fixture))
            return false;
        if (!merge)
            return true;
        MergeGroupPreview preview;
        if (!MergeGroupPreview::load(ws.db(), {m_fixture.ann, m_fixture.anna}, SurvivorshipRules(), &preview))
            return false;
        MergeContacts command(&ws, preview.plan());
        command.redo();
        m_mergeId = command.mergeId();
        if (!command.lastResult() || m_mergeId <= 0)
            return false;
        if (editJob) {
            const FieldDef job = FieldCatalog::find(FieldCatalog::fields(Entity::Contact, ws.db()), QStringLiteral("job_title"));
            UpdateField edit(&ws, Entity::Contact, job, RecordSelection::ofId(m_fixture.ann), QStringLiteral("VP Engineering"), 1);
            edit.redo();
            if (!edit.lastResult())
                return false;
        }
        return true;
    }

    QVariant scalar(const QString &sql) const
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return value;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_mergeId = 0;
    }

    void mergesListsTheHistoryAsJsonAndText()
    {
        QVERIFY(prepare(true));
        const Run json = cli({QStringLiteral("--db"), file(), QStringLiteral("merges"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, json.err.constData());
        const QJsonArray merges = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("merges")).toArray();
        QCOMPARE(merges.size(), 1);
        const QJsonObject merge = merges.first().toObject();
        QCOMPARE(merge.value(QStringLiteral("id")).toInteger(), m_mergeId);
        QCOMPARE(merge.value(QStringLiteral("survivor")).toObject().value(QStringLiteral("id")).toInteger(), m_fixture.ann);
        QCOMPARE(merge.value(QStringLiteral("merged")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), m_fixture.anna);
        QCOMPARE(merge.value(QStringLiteral("merged")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Anna Lee"));
        QCOMPARE(merge.value(QStringLiteral("undone")).toBool(), false);

        const Run text = cli({QStringLiteral("--db"), file(), QStringLiteral("merges")});
        QVERIFY2(text.code == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("Merge %1 on ").arg(m_mergeId)) && out.contains(QLatin1String("standing"))
                     && out.contains(QStringLiteral("merged %1 \u201CAnna Lee\u201D").arg(m_fixture.anna)),
                 text.out.constData());
    }

    void mergesSaysSoWhenThereAreNone()
    {
        QVERIFY(prepare(false));
        const Run run = cli({QStringLiteral("--db"), file(), QStringLiteral("merges")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), QStringLiteral("No merges yet."));
    }

    void unmergeBringsTheRecordBackOnce()
    {
        QVERIFY(prepare(true));
        const Run run = cli({QStringLiteral("--db"), file(), QStringLiteral("unmerge"), QString::number(m_mergeId)});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.out).startsWith(QStringLiteral("Merge %1 undone: contacts %2 are back beside contact %3")
                                                            .arg(m_mergeId).arg(m_fixture.anna).arg(m_fixture.ann)),
                 run.out.constData());
        QVERIFY(scalar(QStringLiteral("SELECT deleted_at FROM contacts WHERE id = %1").arg(m_fixture.anna)).isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = %1").arg(m_fixture.ann)).toString(), QStringLiteral("Engineer"));
        QVERIFY(!scalar(QStringLiteral("SELECT undone_at FROM merges WHERE id = %1").arg(m_mergeId)).toString().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_batches WHERE kind = 'unmerge'")).toInt(), 1);

        const Run again = cli({QStringLiteral("--db"), file(), QStringLiteral("unmerge"), QString::number(m_mergeId)});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("was undone already"), again.err.constData());
    }

    void unmergeJsonListsTheLaterEditsItKept()
    {
        QVERIFY(prepare(true, true));
        const Run run = cli({QStringLiteral("--db"), file(), QStringLiteral("unmerge"), QString::number(m_mergeId), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("mergeId")).toInteger(), m_mergeId);
        QCOMPARE(json.value(QStringLiteral("restoredIds")).toArray(), QJsonArray{m_fixture.anna});
        QVERIFY(json.value(QStringLiteral("batchId")).toInteger() > 0);
        const QJsonArray kept = json.value(QStringLiteral("keptEdits")).toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().toObject().value(QStringLiteral("currentValue")).toString(), QStringLiteral("VP Engineering"));
        QCOMPARE(scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = %1").arg(m_fixture.ann)).toString(),
                 QStringLiteral("VP Engineering"));
    }

    void unmergeTextNamesTheKeptEdits()
    {
        QVERIFY(prepare(true, true));
        const Run run = cli({QStringLiteral("--db"), file(), QStringLiteral("unmerge"), QString::number(m_mergeId)});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("Kept 1 later edit(s):") && run.out.contains("kept \xE2\x80\x9CVP Engineering\xE2\x80\x9D"), run.out.constData());
    }

    void badArgumentsAreUsageErrorsAndUnknownMergesFail_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no id") << QStringList{QStringLiteral("unmerge")} << 2 << "needs exactly one merge id";
        QTest::newRow("not a number") << QStringList{QStringLiteral("unmerge"), QStringLiteral("first")} << 2 << "is not a merge id";
        QTest::newRow("two ids") << QStringList{QStringLiteral("unmerge"), QStringLiteral("1"), QStringLiteral("2")} << 2
                                 << "needs exactly one merge id";
        QTest::newRow("an unknown id") << QStringList{QStringLiteral("unmerge"), QStringLiteral("99")} << 1 << "There is no merge 99";
        QTest::newRow("merges with an argument") << QStringList{QStringLiteral("merges"), QStringLiteral("x")} << 2 << "takes no arguments";
    }

    void badArgumentsAreUsageErrorsAndUnknownMergesFail()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QVERIFY(prepare(false));
        const Run run = cli(QStringList{QStringLiteral("--db"), file()} + arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void theUsageListsBothCommands()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("unmerge MERGE_ID [--json]"));
        QVERIFY(run.out.contains("merges [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
