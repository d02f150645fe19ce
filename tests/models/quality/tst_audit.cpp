#include "testworkspace.h"
#include "audit/auditjob.h"
#include "audit/auditor.h"
#include "quality/styleguide.h"
#include "storage/sqlerror.h"
#include "stores/qualityissuestore.h"
#include "stores/styleguidestore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

namespace {

StyleGuideRule rule(const QString &id, StyleGuideRule::Kind kind, Entity entity, const QStringList &fields,
                    StyleGuideRule::Severity severity, const QJsonObject &params = {})
{
    StyleGuideRule r;
    r.id = id;
    r.kind = kind;
    r.entity = entity;
    r.fields = fields;
    r.severity = severity;
    r.params = params;
    r.description = QStringLiteral("Rule %1 of the test guide.").arg(id);
    return r;
}

// A guide small enough to compute its scores by hand.
StyleGuide smallGuide()
{
    using K = StyleGuideRule::Kind;
    using S = StyleGuideRule::Severity;
    const QString first = QStringLiteral("first_name"), last = QStringLiteral("last_name");
    StyleGuide guide;
    guide.setRules({
        rule(QStringLiteral("contact.name.required"), K::Required, Entity::Contact, {first, last}, S::Warning),
        rule(QStringLiteral("contact.reachable"), K::Required, Entity::Contact, {QStringLiteral("email"), QStringLiteral("phone")},
             S::Error, {{QStringLiteral("anyOf"), true}}),
        rule(QStringLiteral("contact.email.format"), K::Email, Entity::Contact, {QStringLiteral("email")}, S::Fix),
        rule(QStringLiteral("contact.country.format"), K::Country, Entity::Contact, {QStringLiteral("country")}, S::Fix),
        rule(QStringLiteral("contact.name.casing"), K::Casing, Entity::Contact, {first, last}, S::Fix,
             {{QStringLiteral("casing"), QStringLiteral("title")}}),
        rule(QStringLiteral("contact.stale"), K::Stale, Entity::Contact, {QStringLiteral("updated_at")}, S::Warning,
             {{QStringLiteral("months"), 12}}),
        rule(QStringLiteral("company.name.required"), K::Required, Entity::Company, {QStringLiteral("name")}, S::Error),
        rule(QStringLiteral("company.stale"), K::Stale, Entity::Company, {QStringLiteral("updated_at")}, S::Warning,
             {{QStringLiteral("months"), 12}}),
    });
    return guide;
}

class CancelAt : public ProgressSink
{
public:
    explicit CancelAt(int call)
        : m_call(call)
    {
    }
    bool progress(qint64, qint64) override { return m_calls++ < m_call; }
    int calls() const { return m_calls; }

private:
    int m_call;
    int m_calls = 0;
};

} // namespace

// The full audit: the findings it stores, the scores it computes (checked here against
// values worked out by hand), the snapshots it keeps, and what cancelling leaves.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    // Four live contacts, one in the trash, two companies (see scoresMatchHandComputedValues).
    static void buildSmallWorkspace(TestWorkspace &ws)
    {
        const Result r = ws->write(BatchKind::System, QStringLiteral("test data"), [](QSqlDatabase db) {
            Result r = StyleGuideStore(db).save(smallGuide(), QStringLiteral("test"));
            QSqlQuery q(db);
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            const QList<QVariantList> contacts = {
                {1, QStringLiteral("Ann"), QStringLiteral("Smith"), QStringLiteral("DE"), now, QVariant()},
                {2, QStringLiteral("bob"), QString(), QStringLiteral("Germany"), QStringLiteral("2020-01-01T00:00:00Z"), QVariant()},
                {3, QString(), QStringLiteral("Jones"), QStringLiteral("Atlantis"), now, QVariant()},
                {4, QStringLiteral("Carl"), QStringLiteral("Weber"), QString(), now, QVariant()},
                {5, QStringLiteral("trashed"), QStringLiteral("person"), QStringLiteral("nowhere"), now, now},
            };
            for (const QVariantList &c : contacts)
                if (r)
                    r = exec(q, QStringLiteral("INSERT INTO contacts(id, first_name, last_name, country, updated_at, deleted_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"), c);
            const QList<QVariantList> emails = {{1, QStringLiteral("ann.smith@gmail.com"), 0},
                                                {2, QStringLiteral("bob@GMAIL.com"), 0},
                                                {4, QStringLiteral("carl@gmial.com"), 0},
                                                {4, QStringLiteral("ann.smith@gmail.com"), 1}};
            for (const QVariantList &e : emails)
                if (r)
                    r = exec(q, QStringLiteral("INSERT INTO contact_emails(contact_id, address, position) VALUES (?, ?, ?)"), e);
            if (r)
                r = exec(q, QStringLiteral("INSERT INTO companies(id, name, updated_at) VALUES (1, 'Acme', ?), "
                                           "(2, '', '2019-05-01T00:00:00Z')"), {now});
            return r;
        });
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    static QStringList findings(QSqlDatabase db)
    {
        QStringList rows;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT entity, entity_id, rule, field, severity FROM quality_issues "
                              "ORDER BY entity DESC, entity_id, rule, field, severity"));
        while (q.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5").arg(q.value(0).toString()).arg(q.value(1).toLongLong())
                        .arg(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
        return rows;
    }

    static QStringList findingsWithText(QSqlDatabase db)
    {
        QStringList rows;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT entity, entity_id, rule, field, severity, message, suggestion FROM quality_issues"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        return rows;
    }

    static QStringList allIssueRows(QSqlDatabase db)
    {
        QStringList rows;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, entity, entity_id, rule, field, severity, message, suggestion FROM quality_issues ORDER BY id"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

private Q_SLOTS:
    void findingsAreTheGuidesVerdictOnLiveRecords()
    {
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        AuditResult result;
        const Result r = Auditor(ws->db()).run(nullptr, &result);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const QStringList expected = {
            QStringLiteral("contact 2 contact.country.format country fix"),
            QStringLiteral("contact 2 contact.email.format email fix"),
            QStringLiteral("contact 2 contact.name.casing first_name fix"),
            QStringLiteral("contact 2 contact.name.required last_name warning"),
            QStringLiteral("contact 2 contact.stale updated_at warning"),
            QStringLiteral("contact 3 contact.country.format country warning"),
            QStringLiteral("contact 3 contact.name.required first_name warning"),
            QStringLiteral("contact 3 contact.reachable email error"),
            QStringLiteral("contact 4 contact.email.format email warning"),
            QStringLiteral("company 2 company.name.required name error"),
            QStringLiteral("company 2 company.stale updated_at warning"),
        };
        QCOMPARE(findings(ws->db()), expected);
        QCOMPARE(result.issues, qint64(expected.size()));
        QCOMPARE(result.contacts, 4);
        QCOMPARE(result.companies, 2);
    }

    void scoresMatchHandComputedValues()
    {
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        // completeness: 4 contacts x (2 name fields + 1 reachable) + 2 company names = 14
        //   checks; missing: Bob's last name, Jones's first name, Jones unreachable, the
        //   nameless company = 4.
        const double completeness = 100.0 * 10 / 14;
        // validity: e-mails (Ann 1, Bob 1, Carl 2) + countries (Ann, Bob, Jones) = 7 values;
        //   invalid: "Atlantis" and "carl@gmial.com" = 2.
        const double validity = 100.0 * 5 / 7;
        // consistency: those 7 + names checked for casing (Ann, Smith, bob, Jones, Carl,
        //   Weber) = 13; stored differently: Bob's e-mail, country and first name = 3.
        const double consistency = 100.0 * 10 / 13;
        // uniqueness: Ann and Carl share ann.smith@gmail.com: 2 of 6 records.
        const double uniqueness = 100.0 * 4 / 6;
        // freshness: Bob and the nameless company were last updated years ago: 2 of 6.
        const double freshness = 100.0 * 4 / 6;
        const double overall = 0.25 * completeness + 0.25 * validity + 0.20 * consistency + 0.15 * uniqueness + 0.15 * freshness;
        QCOMPARE(result.scores.completeness, completeness);
        QCOMPARE(result.scores.validity, validity);
        QCOMPARE(result.scores.consistency, consistency);
        QCOMPARE(result.scores.uniqueness, uniqueness);
        QCOMPARE(result.scores.freshness, freshness);
        QCOMPARE(result.scores.overall, overall);
        const QJsonObject checks = result.details.value(QStringLiteral("checks")).toObject();
        QCOMPARE(checks.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("checked")).toInt(), 14);
        QCOMPARE(checks.value(QStringLiteral("validity")).toObject().value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(checks.value(QStringLiteral("consistency")).toObject().value(QStringLiteral("checked")).toInt(), 13);
        QCOMPARE(result.details.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contact")).toInt(), 2);
    }

    void anEmptyWorkspaceScoresOneHundred()
    {
        TestWorkspace ws;
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QCOMPARE(result.records(), 0);
        QCOMPARE(result.issues, 0);
        QCOMPARE(result.scores.overall, 100.0);
        QCOMPARE(result.scores.freshness, 100.0);
    }

    void eachRunStoresASnapshotAndReplacesTheFindings()
    {
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        AuditResult first, second;
        QVERIFY(Auditor(ws->db()).run(nullptr, &first));
        QVERIFY(Auditor(ws->db()).run(nullptr, &second));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_issues")).toLongLong(), second.issues);
        QList<QualityIssueStore::Snapshot> snapshots;
        QVERIFY(QualityIssueStore(ws->db()).snapshots(0, &snapshots));
        QCOMPARE(snapshots.size(), 2);
        QCOMPARE(snapshots.first().id, second.snapshotId);
        QCOMPARE(snapshots.first().records, 6);
        QCOMPARE(snapshots.first().guideVersion, 1);
        QCOMPARE(snapshots.first().scores.overall, second.scores.overall);
        QCOMPARE(snapshots.first().scores.uniqueness, second.scores.uniqueness);
        const QJsonObject rules = snapshots.first().details.value(QStringLiteral("rules")).toObject();
        const QJsonObject required = rules.value(QStringLiteral("contact.name.required")).toObject();
        QCOMPARE(required.value(QStringLiteral("records")).toInt(), 2);
        QCOMPARE(required.value(QStringLiteral("warning")).toInt(), 2);
        QCOMPARE(rules.value(QStringLiteral("contact.email.format")).toObject().value(QStringLiteral("fix")).toInt(), 1);
        const QJsonObject fields = snapshots.first().details.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("contact")).toObject().value(QStringLiteral("email")).toInt(), 3);
    }

    void worstRecordsComeErrorsFirst()
    {
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QList<QualityIssueStore::RecordIssues> worst;
        QVERIFY(QualityIssueStore(ws->db()).worstRecords(3, &worst));
        QCOMPARE(worst.size(), 3);
        QCOMPARE(worst.at(0).entity, Entity::Contact);
        QCOMPARE(worst.at(0).id, 3); // an error and two warnings
        QCOMPARE(worst.at(0).name, QStringLiteral("Jones"));
        QCOMPARE(worst.at(1).entity, Entity::Company);
        QCOMPARE(worst.at(1).id, 2);
        QCOMPARE(worst.at(2).id, 2); // Bob: two warnings, three fixes
        QCOMPARE(worst.at(2).total(), 5);
    }

    // The CLI lists the rules and the records with most to do from what the audit
    // counted as it went; they must be what counting the stored findings gives.
    void theAuditCountsRulesAndWorstRecordsAsTheStoredFindingsDo_data()
    {
        QTest::addColumn<int>("contacts");
        QTest::addColumn<int>("kept");
        QTest::newRow("small workspace, none kept") << 0 << 0;
        QTest::newRow("small workspace, one kept") << 0 << 1;
        QTest::newRow("small workspace, more kept than have findings") << 0 << 50;
        QTest::newRow("600 random contacts, 25 kept") << 600 << 25;
        QTest::newRow("600 random contacts, all kept") << 600 << 1000;
    }
    void theAuditCountsRulesAndWorstRecordsAsTheStoredFindingsDo()
    {
        QFETCH(int, contacts);
        QFETCH(int, kept);
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        QRandomGenerator random(contacts + kept);
        const QStringList firsts{QString(), QStringLiteral("ann"), QStringLiteral("Ben"), QStringLiteral("  cara ")};
        const QStringList lasts{QString(), QStringLiteral("smith"), QStringLiteral("Cole")};
        const QStringList countries{QString(), QStringLiteral("DE"), QStringLiteral("Germany"), QStringLiteral("Atlantis")};
        const QStringList emails{QString(), QStringLiteral("a@gmial.com"), QStringLiteral("b@Example.org"), QStringLiteral("info@x.com")};
        QVERIFY(ws->write(BatchKind::System, QStringLiteral("random contacts"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            Result r;
            for (int id = 100; r && id < 100 + contacts; ++id) {
                r = exec(q, QStringLiteral("INSERT INTO contacts(id, first_name, last_name, country, updated_at) VALUES (?, ?, ?, ?, ?)"),
                         {id, firsts.at(random.bounded(4)), lasts.at(random.bounded(3)), countries.at(random.bounded(4)),
                          random.bounded(2) ? QStringLiteral("2020-01-01T00:00:00Z") : QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                const QString email = emails.at(random.bounded(4));
                if (r && !email.isEmpty())
                    r = exec(q, QStringLiteral("INSERT INTO contact_emails(contact_id, address) VALUES (?, ?)"), {id, email});
            }
            return r;
        }));
        Auditor auditor(ws->db());
        auditor.setWorstKept(kept);
        auditor.setBlockSize(16); // many blocks over both evaluators, whose tallies merge
        AuditResult result;
        QVERIFY(auditor.run(nullptr, &result));

        const QualityIssueStore store(ws->db());
        QList<QualityIssueStore::RuleIssues> rules;
        QVERIFY(store.countsByRule(&rules));
        QVERIFY(!rules.isEmpty());
        QCOMPARE(result.rules, rules);
        QList<QualityIssueStore::RecordIssues> worst;
        QVERIFY(store.worstRecords(kept, &worst));
        QCOMPARE(result.worst, worst);
    }

    void cancellingKeepsThePreviousFindings_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("before the first record") << 0;
        QTest::newRow("after the first block") << 1;
        QTest::newRow("after three blocks") << 3;
    }

    void cancellingKeepsThePreviousFindings()
    {
        QFETCH(int, cancelAt);
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        const QStringList before = allIssueRows(ws->db());
        // A change the refresher does not see (none is attached): only a full audit would.
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("edit"), [](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE contacts SET country = 'Atlantis', first_name = 'ann' WHERE id = 1"));
        }));
        Auditor auditor(ws->db());
        auditor.setBlockSize(1);
        CancelAt sink(cancelAt);
        const Result r = auditor.run(&sink, &result);
        QVERIFY(!r.ok());
        QVERIFY(result.cancelled);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(allIssueRows(ws->db()), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_snapshots")).toLongLong(), 1);
        // The write lock is released: the workspace takes edits and a full audit again.
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("edit"), [](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE contacts SET city = 'Bonn' WHERE id = 1"));
        }));
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QVERIFY(allIssueRows(ws->db()) != before);
    }

    void aRepeatedAuditRepairsWhateverTheTableHeld()
    {
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        const QStringList fresh = findingsWithText(ws->db());
        // Damage of every kind: rows gone, rows changed, rows twice, rows of records
        // that are trashed or do not exist, rows of an unknown kind of record.
        QVERIFY(ws->write(BatchKind::System, QStringLiteral("damage"), [](QSqlDatabase db) {
            QSqlQuery q(db);
            Result r = exec(q, QStringLiteral("DELETE FROM quality_issues WHERE id IN (SELECT min(id) FROM quality_issues)"));
            if (r)
                r = exec(q, QStringLiteral("UPDATE quality_issues SET message = 'stale text' WHERE entity_id = 2 AND entity = 'contact'"));
            if (r)
                r = exec(q, QStringLiteral("INSERT INTO quality_issues(entity, entity_id, rule, field, severity, message, suggestion) "
                                           "SELECT entity, entity_id, rule, field, severity, message, suggestion FROM quality_issues "
                                           "WHERE entity = 'company'"));
            for (const QString &row : {QStringLiteral("'contact', 5"), QStringLiteral("'contact', 999"), QStringLiteral("'deal', 1"),
                                       QStringLiteral("'company', 0")})
                if (r)
                    r = exec(q, QStringLiteral("INSERT INTO quality_issues(entity, entity_id, rule, severity) VALUES (%1, 'x', 'warning')").arg(row));
            return r;
        }));
        QVERIFY(findingsWithText(ws->db()) != fresh);
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QCOMPARE(findingsWithText(ws->db()), fresh);
        // And a run over findings that are all still right changes none of them.
        const QStringList ids = allIssueRows(ws->db());
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QCOMPARE(allIssueRows(ws->db()), ids);
    }

    void progressCountsEveryRecord()
    {
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        struct Recorder : ProgressSink
        {
            QList<QPair<qint64, qint64>> calls;
            bool progress(qint64 done, qint64 total) override
            {
                calls.append({done, total});
                return true;
            }
        } sink;
        Auditor auditor(ws->db());
        auditor.setBlockSize(2);
        AuditResult result;
        QVERIFY(auditor.run(&sink, &result));
        QVERIFY(sink.calls.size() >= 3);
        QCOMPARE(sink.calls.first(), qMakePair(qint64(0), qint64(6)));
        QCOMPARE(sink.calls.last(), qMakePair(qint64(6), qint64(6)));
    }

    void auditJobRunsOnItsOwnThreadAndReports()
    {
        TestWorkspace ws;
        buildSmallWorkspace(ws);
        AuditJob job(ws.path());
        QSignalSpy finished(&job, &AuditJob::finished);
        QSignalSpy progress(&job, &AuditJob::progress);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const AuditResult result = finished.first().at(2).value<AuditResult>();
        QCOMPARE(result.records(), 6);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_issues")).toLongLong(), result.issues);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
