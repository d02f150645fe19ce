#include "audit/qualityoverview.h"
#include "commands/marknotduplicate.h"
#include "dedup/duplicategroupstore.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// kempt-cli audit and fix, run as the real binary on a sample workspace.
class TestCliAudit : public QObject
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

    QString path(const QString &name) const { return m_dir->filePath(name); }

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

    QString sampleWorkspace(int contacts = 120)
    {
        const QString file = path(QStringLiteral("w.sqlite"));
        if (cli({QStringLiteral("init"), file}).code != 0)
            return QString();
        if (cli({QStringLiteral("--db"), file, QStringLiteral("sample-data"), QStringLiteral("--contacts"), QString::number(contacts)}).code != 0)
            return QString();
        return file;
    }

    // Reads the workspace directly, as a third party would.
    static QVariant scalar(const QString &file, const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
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
    }

    void auditJsonHasScoresRulesAndWorstRecords()
    {
        const QString file = sampleWorkspace();
        QVERIFY(!file.isEmpty());
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--top"),
                             QStringLiteral("5")});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json.value(QStringLiteral("contacts")).toInt(), 120);
        QVERIFY(json.value(QStringLiteral("companies")).toInt() > 0);
        QCOMPARE(json.value(QStringLiteral("records")).toInt(),
                 json.value(QStringLiteral("contacts")).toInt() + json.value(QStringLiteral("companies")).toInt());
        const QJsonObject scores = json.value(QStringLiteral("scores")).toObject();
        for (const char *key : {"overall", "completeness", "validity", "consistency", "uniqueness", "freshness"}) {
            QVERIFY2(scores.contains(QLatin1String(key)), key);
            const double value = scores.value(QLatin1String(key)).toDouble(-1);
            QVERIFY2(value >= 0 && value <= 100, key);
        }
        const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
        QVERIFY(!rules.isEmpty());
        qint64 issues = 0;
        for (const QJsonValue &r : rules) {
            const QJsonObject rule = r.toObject();
            QVERIFY(!rule.value(QStringLiteral("rule")).toString().isEmpty());
            issues += rule.value(QStringLiteral("error")).toInteger() + rule.value(QStringLiteral("warning")).toInteger()
                + rule.value(QStringLiteral("fix")).toInteger();
        }
        QCOMPARE(issues, json.value(QStringLiteral("issues")).toInteger());
        const QJsonArray worst = json.value(QStringLiteral("worstRecords")).toArray();
        QCOMPARE(worst.size(), 5);
        const QJsonObject first = worst.first().toObject();
        QVERIFY(first.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!first.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(first.value(QStringLiteral("issues")).toInt() >= worst.last().toObject().value(QStringLiteral("issues")).toInt()
                || first.value(QStringLiteral("errors")).toInt() > 0);
        // The run is kept: the snapshot and the findings are in the file.
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM quality_snapshots")).toInt(), 1);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM quality_issues")).toLongLong(), issues);
    }

    void auditTextListsScoresAndRecords()
    {
        const QString file = sampleWorkspace(40);
        QVERIFY(!file.isEmpty());
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("audit")});
        QVERIFY2(run.code == 0, run.err.constData());
        for (const char *text : {"Overall", "Completeness", "Validity", "Consistency", "Uniqueness", "Freshness",
                                 "Findings per rule", "Records with most to do"})
            QVERIFY2(run.out.contains(text), text);
    }

    void theUniquenessScoreCountsTheDuplicateGroupsDedupeKept()
    {
        using namespace Kempt;
        const QString file = sampleWorkspace();
        QVERIFY(!file.isEmpty());
        const auto audit = [this, &file] {
            const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("audit"), QStringLiteral("--json")});
            if (run.code != 0)
                qWarning("audit failed: %s", run.err.constData());
            return QJsonDocument::fromJson(run.out).object();
        };
        const auto uniqueness = [](const QJsonObject &json) {
            return json.value(QStringLiteral("scores")).toObject().value(QStringLiteral("uniqueness")).toDouble();
        };

        // Before any scan the score counts contacts sharing a key, and says how to do better.
        QCOMPARE(audit().value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("sharedKeys"));
        const Run text = cli({QStringLiteral("--db"), file, QStringLiteral("audit")});
        QVERIFY2(text.out.contains("\"kempt-cli dedupe\" finds the real duplicate groups"), text.out.constData());

        const Run dedupe = cli({QStringLiteral("--db"), file, QStringLiteral("dedupe"), QStringLiteral("--json")});
        QVERIFY2(dedupe.code == 0, dedupe.err.constData());
        const QJsonObject scan = QJsonDocument::fromJson(dedupe.out).object();
        const qint64 grouped = scan.value(QStringLiteral("groupedRecords")).toInteger();
        const QJsonObject bands = scan.value(QStringLiteral("groupCount")).toObject();
        const qint64 groups = bands.value(QStringLiteral("sure")).toInteger() + bands.value(QStringLiteral("possible")).toInteger();
        QVERIFY(groups > 1);

        // After it, the audit counts the groups dedupe kept, as the dashboard does.
        const QJsonObject scanned = audit();
        const QJsonObject duplicates = scanned.value(QStringLiteral("duplicates")).toObject();
        QCOMPARE(duplicates.value(QStringLiteral("source")).toString(), QStringLiteral("scan"));
        QCOMPARE(duplicates.value(QStringLiteral("contacts")).toInteger(), grouped);
        QCOMPARE(duplicates.value(QStringLiteral("groups")).toInteger(), groups);
        QCOMPARE(duplicates.value(QStringLiteral("pendingGroups")).toInteger(), groups);
        const qint64 records = scanned.value(QStringLiteral("records")).toInteger();
        QCOMPARE(uniqueness(scanned), AuditScores::share(grouped, records));
        const Run described = cli({QStringLiteral("--db"), file, QStringLiteral("audit")});
        QVERIFY2(described.out.contains(QStringLiteral("Uniqueness counts %1 contacts in %2 duplicate groups of the last scan")
                                            .arg(grouped)
                                            .arg(groups)
                                            .toUtf8()),
                 described.out.constData());

        qint64 apart = 0;
        {
            Workspace workspace;
            QVERIFY(workspace.open(file).ok());
            QualityOverview overview;
            QVERIFY(QualityOverview::load(workspace.db(), 0, &overview).ok());
            QCOMPARE(overview.latest().scores.uniqueness, uniqueness(scanned));
            const auto line = std::find_if(overview.problems().cbegin(), overview.problems().cend(), [](const QualityProblem &p) {
                return p.isDuplicates() && p.entity == Entity::Contact;
            });
            QVERIFY(line != overview.problems().cend());
            QVERIFY(line->fromScan);
            QCOMPARE(line->groups, groups);
            QCOMPARE(line->records, grouped);
            // A person keeps one group apart.
            QList<DuplicateGroupStore::Group> list;
            QVERIFY(DuplicateGroupStore(workspace.db()).list(&list).ok());
            apart = list.first().size();
            workspace.undoStack()->push(new MarkNotDuplicate(&workspace, Entity::Contact, list.first().contactIds));
            workspace.close();
        }
        const QJsonObject decided = audit();
        QCOMPARE(decided.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contacts")).toInteger(), grouped - apart);
        QCOMPARE(decided.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("pendingGroups")).toInteger(), groups - 1);
        QVERIFY(uniqueness(decided) > uniqueness(scanned));
    }

    void fixDryRunShowsChangesAndWritesNothing()
    {
        const QString file = sampleWorkspace();
        QVERIFY(!file.isEmpty());
        const qint64 batches = scalar(file, QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong();
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("fix"), QStringLiteral("--dry-run")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QStringLiteral("Dry run:")), run.out.constData());
        QVERIFY2(out.contains(QStringLiteral("Contact phone")), run.out.constData());
        QVERIFY2(out.contains(QStringLiteral("\u2192")), run.out.constData()); // a before -> after sample
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong(), batches);

        const Run json = cli({QStringLiteral("--db"), file, QStringLiteral("fix"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, json.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
        QVERIFY(summary.value(QStringLiteral("dryRun")).toBool());
        QVERIFY(summary.value(QStringLiteral("records")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("fields")).toObject().contains(QStringLiteral("contact.phone")));
        QVERIFY(!summary.value(QStringLiteral("samples")).toArray().isEmpty());
    }

    void fixAppliesOneFixBatch()
    {
        const QString file = sampleWorkspace();
        QVERIFY(!file.isEmpty());
        const Run dry = cli({QStringLiteral("--db"), file, QStringLiteral("fix"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        const qint64 planned = QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("records")).toInteger();
        QVERIFY(planned > 0);
        const qint64 batches = scalar(file, QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong();

        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("fix"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("records")).toInteger(), planned);
        const qint64 batch = summary.value(QStringLiteral("batchId")).toInteger();
        QVERIFY(batch > 0);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong(), batches + 1);
        QCOMPARE(scalar(file, QStringLiteral("SELECT kind FROM change_batches WHERE id = %1").arg(batch)).toString(), QStringLiteral("fix"));
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM change_batches WHERE kind = 'fix'")).toInt(), 1);
        QVERIFY(scalar(file, QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = %1").arg(batch)).toLongLong() > 0);
        // The findings followed the batch: no fix is left to do.
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM quality_issues WHERE severity = 'fix'")).toInt(), 0);

        const Run again = cli({QStringLiteral("--db"), file, QStringLiteral("fix")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.startsWith("Nothing to fix"), again.out.constData());
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM change_batches WHERE kind = 'fix'")).toInt(), 1);
    }

    void fixNamesTheRuleItCannotApply_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("unknown") << QStringLiteral("contact.no.such.rule");
        QTest::newRow("presence") << QStringLiteral("contact.owner.required");
    }

    void fixNamesTheRuleItCannotApply()
    {
        QFETCH(QString, rule);
        const QString file = sampleWorkspace(20);
        QVERIFY(!file.isEmpty());
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("fix"), QStringLiteral("--rule"), rule, QStringLiteral("--dry-run")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(rule.toUtf8()), run.err.constData());
    }

    void fixOfOneRuleAnswersThatRulesFindings()
    {
        const QString file = sampleWorkspace();
        QVERIFY(!file.isEmpty());
        auto fixFindings = [this, &file]() {
            QHash<QString, qint64> counts;
            const Run audit = cli({QStringLiteral("--db"), file, QStringLiteral("audit"), QStringLiteral("--json")});
            for (const QJsonValue &v : QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("rules")).toArray())
                counts.insert(v.toObject().value(QStringLiteral("rule")).toString(), v.toObject().value(QStringLiteral("fix")).toInteger());
            return counts;
        };
        const QHash<QString, qint64> before = fixFindings();
        QString rule;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.value() > 0 && (rule.isEmpty() || it.key() < rule))
                rule = it.key();
        QVERIFY2(!rule.isEmpty(), "the sample data has something to fix");
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("fix"), QStringLiteral("--rule"), rule, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("rule")).toString(), rule);
        QVERIFY(summary.value(QStringLiteral("records")).toInt() > 0);
        const QString entity = rule.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        for (const QString &field : summary.value(QStringLiteral("fields")).toObject().keys())
            QVERIFY2(field.startsWith(entity), qPrintable(field));
        QCOMPARE(fixFindings().value(rule), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
