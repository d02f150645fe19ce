#include "testworkspace.h"
#include "audit/attachquality.h"
#include "audit/fixplanner.h"
#include "audit/guideenginecache.h"
#include "audit/progresssink.h"
#include "commands/applyfixes.h"
#include "io/sampledata.h"
#include "quality/styleguide.h"
#include "storage/sqlerror.h"
#include "stores/styleguidestore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

namespace {

using K = StyleGuideRule::Kind;
using S = StyleGuideRule::Severity;

StyleGuideRule rule(const QString &id, K kind, Entity entity, const QStringList &fields, S severity,
                    const QJsonObject &params = {})
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

StyleGuide fixGuide()
{
    const QJsonObject title{{QStringLiteral("casing"), QStringLiteral("title")}};
    StyleGuide guide;
    guide.setRules({
        rule(QStringLiteral("contact.name.required"), K::Required, Entity::Contact, {QStringLiteral("last_name")}, S::Warning),
        rule(QStringLiteral("contact.whitespace"), K::Whitespace, Entity::Contact,
             {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("phone"),
              QStringLiteral("company"), QStringLiteral("owner"), QStringLiteral("tags")}, S::Fix),
        rule(QStringLiteral("contact.name.casing"), K::Casing, Entity::Contact, {QStringLiteral("first_name"), QStringLiteral("last_name")},
             S::Fix, title),
        rule(QStringLiteral("contact.job_title.casing"), K::Casing, Entity::Contact, {QStringLiteral("job_title")}, S::Warning, title),
        rule(QStringLiteral("contact.email.format"), K::Email, Entity::Contact, {QStringLiteral("email")}, S::Fix),
        rule(QStringLiteral("contact.phone.format"), K::Phone, Entity::Contact, {QStringLiteral("phone")}, S::Fix),
        rule(QStringLiteral("contact.country.format"), K::Country, Entity::Contact, {QStringLiteral("country")}, S::Fix),
        rule(QStringLiteral("company.name.casing"), K::Casing, Entity::Company, {QStringLiteral("name")}, S::Fix, title),
    });
    return guide;
}

// Anna needs six fixes, Ben one (his country), Cara only a warning; the company "acme"
// is renamed by its own casing rule, so Ben's company field needs nothing of its own.
void buildWorkspace(TestWorkspace &ws, const QString &zoeTwin = QString())
{
    const Result r = ws->write(BatchKind::System, QStringLiteral("test data"), [&](QSqlDatabase db) {
        Result r = StyleGuideStore(db).save(fixGuide(), QStringLiteral("test"));
        QSqlQuery q(db);
        const QStringList sql = {
            QStringLiteral("INSERT INTO users(id, name) VALUES (1, '  zoe  ')"),
            QStringLiteral("INSERT INTO tags(id, name) VALUES (1, ' vip '), (2, 'Partner')"),
            QStringLiteral("INSERT INTO companies(id, name) VALUES (1, 'acme'), (2, 'Globex')"),
            QStringLiteral("INSERT INTO contacts(id, first_name, last_name, country, owner_id, updated_at) "
                           "VALUES (1, ' anna ', 'berg', 'DE', 1, '2020-01-01T00:00:00Z')"),
            QStringLiteral("INSERT INTO contacts(id, first_name, last_name, country, company_id) VALUES (2, 'Ben', 'Cole', 'Germany', 1)"),
            QStringLiteral("INSERT INTO contacts(id, first_name, last_name, job_title, company_id) VALUES (3, 'Cara', 'Dunn', 'head of sales', 2)"),
            QStringLiteral("INSERT INTO contact_emails(contact_id, address) VALUES (1, 'Anna@GMAIL.com'), (2, 'ben@web.de')"),
            QStringLiteral("INSERT INTO contact_phones(contact_id, number) VALUES (1, '030 1234567')"),
            QStringLiteral("INSERT INTO contact_tags(contact_id, tag_id) VALUES (1, 1), (1, 2), (3, 2)"),
        };
        for (const QString &s : sql)
            if (r)
                r = exec(q, s);
        if (r && !zoeTwin.isEmpty())
            r = exec(q, QStringLiteral("INSERT INTO users(id, name) VALUES (2, ?)"), {zoeTwin});
        if (r && !zoeTwin.isEmpty())
            r = exec(q, QStringLiteral("INSERT INTO tags(id, name) VALUES (3, 'vip')"));
        return r;
    });
    QVERIFY2(r.ok(), qPrintable(r.message()));
}

// Keeps every report; answers false to the report numbered stopAt (0 = the first).
class StoppingSink : public ProgressSink
{
public:
    explicit StoppingSink(int stopAt = -1) : m_stopAt(stopAt) {}
    bool progress(qint64 done, qint64 total) override
    {
        reports << std::pair{done, total};
        return m_stopAt < 0 || reports.size() <= m_stopAt;
    }
    QList<std::pair<qint64, qint64>> reports;

private:
    int m_stopAt;
};

FixSummary preview(Workspace *ws, const QString &ruleId, Result *result = nullptr)
{
    StyleGuide guide;
    FixSummary summary;
    Result r = FixPlanner::guideFor(ws->db(), ruleId, &guide);
    if (r)
        r = FixPlanner(ws->db(), RuleEngine(guide, QString(), GuideEngineCache::auditMoment())).preview(&summary);
    if (result)
        *result = r;
    return summary;
}

// Every row of the tables a fix may touch, so that "undo restores exactly" is checked
// column by column.
QStringList dump(QSqlDatabase db)
{
    QStringList rows;
    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
                                 QStringLiteral("companies"), QStringLiteral("users"), QStringLiteral("tags"),
                                 QStringLiteral("contact_tags"), QStringLiteral("company_tags"), QStringLiteral("quality_issues")}) {
        // Findings are derived, not journaled: they come back equal, under new ids.
        const bool derived = table == QLatin1String("quality_issues");
        QSqlQuery q(db);
        q.exec(derived ? QStringLiteral("SELECT entity, entity_id, rule, field, severity, message, suggestion FROM quality_issues "
                                        "ORDER BY entity, entity_id, rule, field, severity, message, suggestion")
                       : QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        while (q.next()) {
            QStringList cells{table};
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

// Applying the style guide's fixes: what a dry run counts, what one batch writes, and
// that undo puts every value back.
class TestApplyFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dryRunCountsRecordsPerField_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<int>("records");
        QTest::newRow("all fix rules") << QString()
                                       << QStringList{QStringLiteral("company.name"), QStringLiteral("contact.country"),
                                                      QStringLiteral("contact.email"), QStringLiteral("contact.first_name"),
                                                      QStringLiteral("contact.last_name"), QStringLiteral("contact.owner"),
                                                      QStringLiteral("contact.phone"), QStringLiteral("contact.tags")}
                                       << 3;
        QTest::newRow("one fix rule") << QStringLiteral("contact.country.format") << QStringList{QStringLiteral("contact.country")} << 1;
        QTest::newRow("a rule that only warns") << QStringLiteral("contact.job_title.casing")
                                                << QStringList{QStringLiteral("contact.job_title")} << 1;
        QTest::newRow("whitespace only") << QStringLiteral("contact.whitespace")
                                         << QStringList{QStringLiteral("contact.first_name"), QStringLiteral("contact.owner"),
                                                        QStringLiteral("contact.tags")}
                                         << 1;
    }

    void dryRunCountsRecordsPerField()
    {
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fields);
        QFETCH(int, records);
        TestWorkspace ws;
        buildWorkspace(ws);
        const QStringList before = dump(ws->db());
        Result r;
        const FixSummary summary = preview(ws.get(), ruleId, &r);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(summary.fields.keys(), fields);
        for (const qint64 n : summary.fields)
            QCOMPARE(n, 1);
        QCOMPARE(summary.records, records);
        QCOMPARE(dump(ws->db()), before); // a dry run writes nothing
    }

    void dryRunShowsBeforeAndAfter()
    {
        TestWorkspace ws;
        buildWorkspace(ws);
        const FixSummary summary = preview(ws.get(), QString());
        QHash<QString, QPair<QString, QString>> byField;
        for (const FixSummary::Sample &s : summary.samples)
            byField.insert(StyleGuideRule::entityName(s.entity) + QLatin1Char('.') + s.field, {s.before, s.after});
        QCOMPARE(byField.value(QStringLiteral("contact.first_name")), qMakePair(QStringLiteral(" anna "), QStringLiteral("Anna")));
        QCOMPARE(byField.value(QStringLiteral("contact.email")), qMakePair(QStringLiteral("Anna@GMAIL.com"), QStringLiteral("Anna@gmail.com")));
        QCOMPARE(byField.value(QStringLiteral("contact.phone")), qMakePair(QStringLiteral("030 1234567"), QStringLiteral("+49 30 1234567")));
        QCOMPARE(byField.value(QStringLiteral("contact.owner")), qMakePair(QStringLiteral("  zoe  "), QStringLiteral("zoe")));
        QCOMPARE(byField.value(QStringLiteral("company.name")), qMakePair(QStringLiteral("acme"), QStringLiteral("Acme")));
        QCOMPARE(summary.values, 8);
    }

    void rulesWithoutFixesAreRefusedByName_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::newRow("unknown") << QStringLiteral("contact.nonsense");
        QTest::newRow("presence") << QStringLiteral("contact.name.required");
    }

    void rulesWithoutFixesAreRefusedByName()
    {
        QFETCH(QString, ruleId);
        TestWorkspace ws;
        buildWorkspace(ws);
        Result r;
        preview(ws.get(), ruleId, &r);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(ruleId), qPrintable(r.message()));
    }

    void applyWritesOneFixBatch()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        buildWorkspace(ws);
        const qint64 batches = ws.scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong();
        auto *command = new ApplyFixes(ws.get());
        ws->undoStack()->push(command);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong(), batches + 1);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT kind FROM change_batches ORDER BY id DESC LIMIT 1")).toString(), QStringLiteral("fix"));
        QCOMPARE(command->summary().records, 3);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM contacts WHERE id = 1")).toString(), QStringLiteral("Anna Berg"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT address FROM contact_emails WHERE contact_id = 1")).toString(), QStringLiteral("Anna@gmail.com"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT number || ' ' || e164 FROM contact_phones WHERE contact_id = 1")).toString(),
                 QStringLiteral("+49 30 1234567 +49301234567"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT country FROM contacts WHERE id = 2")).toString(), QStringLiteral("DE"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT name FROM users WHERE id = 1")).toString(), QStringLiteral("zoe"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT name FROM tags WHERE id = 1")).toString(), QStringLiteral("vip"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT company_name FROM contacts WHERE id = 2")).toString(), QStringLiteral("Acme"));
        // A fix is not news about the person: the record stays as stale as it was.
        QCOMPARE(ws.scalar(QStringLiteral("SELECT updated_at FROM contacts WHERE id = 1")).toString(), QStringLiteral("2020-01-01T00:00:00Z"));
        // Nothing is left to fix, and the stored findings say so too.
        QVERIFY(preview(ws.get(), QString()).isEmpty());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_issues WHERE severity = 'fix'")).toLongLong(), 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_issues WHERE rule = 'contact.job_title.casing'")).toLongLong(), 1);
    }

    void sharedNamesJoinTheRowThatAlreadyHasThem()
    {
        TestWorkspace ws;
        buildWorkspace(ws, QStringLiteral("Zoe"));
        ws->undoStack()->push(new ApplyFixes(ws.get(), QStringLiteral("contact.whitespace")));
        // "  zoe  " becomes "zoe", which user 2 already is (names ignore case): Anna moves.
        QCOMPARE(ws.scalar(QStringLiteral("SELECT owner_id FROM contacts WHERE id = 1")).toLongLong(), 2);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT name FROM users WHERE id = 1")).toString(), QStringLiteral("  zoe  "));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT group_concat(tag_id) FROM (SELECT tag_id FROM contact_tags WHERE contact_id = 1 ORDER BY tag_id)")).toString(),
                 QStringLiteral("2,3"));
    }

    void undoRestoresEveryValueAndRedoReappliesThem()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 150));
        const QStringList before = dump(ws->db());
        const FixSummary planned = preview(ws.get(), QString());
        QVERIFY(!planned.isEmpty());
        auto *command = new ApplyFixes(ws.get());
        ws->undoStack()->push(command);
        QVERIFY2(command->lastResult().ok(), qPrintable(command->lastResult().message()));
        QCOMPARE(command->summary().records, planned.records);
        QCOMPARE(command->summary().fields, planned.fields);
        const QStringList after = dump(ws->db());
        QVERIFY(after != before);
        QVERIFY(preview(ws.get(), QString()).isEmpty());
        ws->undoStack()->undo();
        // Number-like text such as "+7105501495" comes back as text (schema version 3).
        QCOMPARE(dump(ws->db()), before);
        ws->undoStack()->redo();
        QCOMPARE(dump(ws->db()), after);
    }

    void progressCountsEveryLiveRecordOfBothKinds()
    {
        TestWorkspace ws;
        QVERIFY(SampleData::load(ws.get(), 150));
        const qint64 live = ws.scalar(QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE deleted_at IS NULL) + "
                                                     "(SELECT count(*) FROM companies WHERE deleted_at IS NULL)"))
                                .toLongLong();
        StoppingSink sink;
        FixSummary summary;
        const RuleEngine engine(StyleGuideStore(ws->db()).active(), QString(), GuideEngineCache::auditMoment());
        QVERIFY(FixPlanner(ws->db(), engine).preview(&summary, &sink).ok());
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.records, preview(ws.get(), QString()).records);
        QVERIFY(sink.reports.size() >= 2);
        QCOMPARE(sink.reports.first(), std::pair(qint64(0), live));
        QCOMPARE(sink.reports.last(), std::pair(live, live));
        for (int i = 1; i < sink.reports.size(); ++i)
            QVERIFY(sink.reports.at(i).first >= sink.reports.at(i - 1).first);
    }

    void aCancelledRunStopsAtOnceAndChangesNothing_data()
    {
        QTest::addColumn<bool>("write");
        QTest::addColumn<int>("stopAt");
        // Report 0 comes before the first block, report 1 after the companies.
        QTest::newRow("preview stopped before reading") << false << 0;
        QTest::newRow("preview stopped after the companies") << false << 1;
        QTest::newRow("apply stopped before reading") << true << 0;
        QTest::newRow("apply stopped after the companies were fixed") << true << 1;
    }

    void aCancelledRunStopsAtOnceAndChangesNothing()
    {
        QFETCH(bool, write);
        QFETCH(int, stopAt);
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 150));
        const QStringList before = dump(ws->db());
        const qint64 batches = ws.scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong();
        QVERIFY(!preview(ws.get(), QString()).isEmpty());

        StoppingSink sink(stopAt);
        FixSummary summary;
        const RuleEngine engine(StyleGuideStore(ws->db()).active(), QString(), GuideEngineCache::auditMoment());
        Result r;
        if (write)
            r = ws->write(BatchKind::Fix, QStringLiteral("fixes"),
                          [&](QSqlDatabase db) { return FixPlanner(db, engine).apply(&summary, &sink); });
        else
            r = FixPlanner(ws->db(), engine).preview(&summary, &sink);
        QVERIFY(!r.ok());
        QVERIFY(summary.cancelled);
        QVERIFY2(r.message().contains(QStringLiteral("cancelled")), qPrintable(r.message()));
        // Nothing is asked after the answer to stop: the planner did no more work.
        QCOMPARE(sink.reports.size(), stopAt + 1);
        QCOMPARE(dump(ws->db()), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong(), batches);
    }

    void nothingToFixLeavesNoUndoStep()
    {
        TestWorkspace ws;
        buildWorkspace(ws);
        ws->undoStack()->push(new ApplyFixes(ws.get()));
        const int steps = ws->undoStack()->count();
        const qint64 batches = ws.scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong();
        ws->undoStack()->push(new ApplyFixes(ws.get()));
        QCOMPARE(ws->undoStack()->count(), steps);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong(), batches);
    }
};

QTEST_GUILESS_MAIN(TestApplyFixes)
#include "tst_applyfixes.moc"
