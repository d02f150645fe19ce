#include "domain/fieldcatalog.h"
#include "merge/mergecandidatereader.h"
#include "merge/survivorshiprules.h"

#include <QTest>

using namespace Kempt;

namespace {

// A record given as "key=value" pairs; "updated", "imported" and "source" set its
// bookkeeping, everything else is a field of the catalog.
MergeCandidate record(qint64 id, const QStringList &pairs)
{
    MergeCandidate c;
    c.id = id;
    c.updatedAt = QStringLiteral("2024-01-01T00:00:00Z");
    for (const QString &pair : pairs) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("updated"))
            c.updatedAt = value;
        else if (key == QLatin1String("imported"))
            c.imported = value == QLatin1String("1");
        else {
            if (key == QLatin1String("lead_source"))
                c.leadSource = value;
            c.raw.insert(key, value);
            c.text.insert(key, value);
        }
    }
    return c;
}

QList<FieldDef> fields()
{
    return MergeCandidateReader::mergeableFields(FieldCatalog::builtIn(Entity::Contact));
}

} // namespace

Q_DECLARE_METATYPE(QList<MergeCandidate>)

class TestSurvivorshipRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivorIsTheMostCompleteThenNewestThenPreferredSource_data()
    {
        QTest::addColumn<QList<MergeCandidate>>("group");
        QTest::addColumn<QStringList>("sourceOrder");
        QTest::addColumn<qint64>("survivor");
        const QStringList defaults = SurvivorshipRules().sourceOrder();

        QTest::newRow("the most complete record wins over a newer one")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "last_name=Lee", "city=Berlin", "updated=2024-01-01T00:00:00Z"}),
                                     record(2, {"first_name=Ann", "updated=2024-06-01T00:00:00Z"})}
            << defaults << qint64(1);
        QTest::newRow("equally complete: the most recently updated wins")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "updated=2024-01-01T00:00:00Z"}),
                                     record(2, {"first_name=Anna", "updated=2024-06-01T00:00:00Z"})}
            << defaults << qint64(2);
        QTest::newRow("checkboxes do not count as completeness")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "do_not_email=1", "do_not_call=1", "updated=2024-01-01T00:00:00Z"}),
                                     record(2, {"first_name=Anna", "updated=2024-06-01T00:00:00Z"})}
            << defaults << qint64(2);
        QTest::newRow("equally complete and recent: manual entry over import")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "imported=1"}), record(2, {"first_name=Ann"})}
            << defaults << qint64(2);
        QTest::newRow("a configured order can prefer imports")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "imported=1"}), record(2, {"first_name=Ann"})}
            << QStringList{SurvivorshipRules::imported(), SurvivorshipRules::manualEntry()} << qint64(1);
        QTest::newRow("lead sources rank in the configured order, without case")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "lead_source=Web"}), record(2, {"first_name=Ann", "lead_source=referral"})}
            << QStringList{QStringLiteral("Referral"), QStringLiteral("Web")} << qint64(2);
        QTest::newRow("a record matching no source comes last")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "lead_source=Fair"}), record(2, {"first_name=Ann", "lead_source=Web"})}
            << QStringList{QStringLiteral("Web")} << qint64(2);
        QTest::newRow("a full tie keeps the oldest id")
            << QList<MergeCandidate>{record(5, {"first_name=Ann"}), record(3, {"first_name=Ann"}), record(4, {"first_name=Ann"})}
            << defaults << qint64(3);
        QTest::newRow("three records: the most complete of three")
            << QList<MergeCandidate>{record(1, {"first_name=Ann", "updated=2024-09-01T00:00:00Z"}),
                                     record(2, {"first_name=Ann", "job_title=CTO", "company=Acme"}),
                                     record(3, {"first_name=Ann", "job_title=CTO", "updated=2024-08-01T00:00:00Z"})}
            << defaults << qint64(2);
    }

    void survivorIsTheMostCompleteThenNewestThenPreferredSource()
    {
        QFETCH(QList<MergeCandidate>, group);
        QFETCH(QStringList, sourceOrder);
        QFETCH(qint64, survivor);
        const SurvivorshipRules rules(sourceOrder);
        QCOMPARE(rules.survivor(group, fields()), survivor);
        const MergePlan plan = rules.plan(fields(), group);
        QCOMPARE(plan.survivorId(), survivor);
        QCOMPARE(plan.mergedIds().size(), group.size() - 1);
        QVERIFY(!plan.mergedIds().contains(survivor));
    }

    void eachFieldDefaultsToTheNewestNonEmptyValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QList<MergeCandidate>>("group");
        QTest::addColumn<qint64>("survivor");
        QTest::addColumn<qint64>("source");
        const QString older = QStringLiteral("updated=2024-01-01T00:00:00Z");
        const QString newer = QStringLiteral("updated=2024-05-01T00:00:00Z");

        QTest::newRow("a newer record's value wins")
            << "job_title" << QList<MergeCandidate>{record(1, {"job_title=Engineer", older}), record(2, {"job_title=CTO", newer})}
            << qint64(1) << qint64(2);
        QTest::newRow("an empty newer value does not")
            << "job_title" << QList<MergeCandidate>{record(1, {"job_title=Engineer", older}), record(2, {"job_title= ", newer})}
            << qint64(1) << qint64(1);
        QTest::newRow("the survivor keeps the same value written differently")
            << "company" << QList<MergeCandidate>{record(1, {"company=acme  gmbh", older}), record(2, {"company=ACME GmbH", newer})}
            << qint64(1) << qint64(1);
        QTest::newRow("the survivor keeps its value when updated at the same moment")
            << "city" << QList<MergeCandidate>{record(1, {"city=Berlin", newer}), record(2, {"city=Potsdam", newer})}
            << qint64(1) << qint64(1);
        QTest::newRow("an empty survivor takes an older record's value")
            << "birthday" << QList<MergeCandidate>{record(1, {newer}), record(2, {"birthday=1985-04-03", older})}
            << qint64(1) << qint64(2);
        QTest::newRow("nobody has a value: the survivor's stays")
            << "website" << QList<MergeCandidate>{record(1, {older}), record(2, {newer})} << qint64(1) << qint64(1);
        QTest::newRow("an opt-out on any record wins")
            << "do_not_email" << QList<MergeCandidate>{record(1, {"do_not_email=0", newer}), record(2, {"do_not_email=1", older})}
            << qint64(1) << qint64(2);
        QTest::newRow("last contacted takes the latest moment, not the newest record")
            << "last_contacted_at"
            << QList<MergeCandidate>{record(1, {"last_contacted_at=2024-04-01T10:00:00Z", older}),
                                     record(2, {"last_contacted_at=2023-02-01T10:00:00Z", newer})}
            << qint64(1) << qint64(1);
        QTest::newRow("a later contact moment on a merged record wins")
            << "last_contacted_at"
            << QList<MergeCandidate>{record(1, {"last_contacted_at=2023-04-01T10:00:00Z", newer}),
                                     record(2, {"last_contacted_at=2024-02-01T10:00:00Z", older})}
            << qint64(1) << qint64(2);
        QTest::newRow("three records: the newest holder of a value")
            << "job_title"
            << QList<MergeCandidate>{record(1, {"job_title=Engineer", older}), record(2, {"job_title=CTO", newer}),
                                     record(3, {"job_title=Head of IT", "updated=2024-03-01T00:00:00Z"})}
            << qint64(1) << qint64(2);
        QTest::newRow("equally new holders: the preferred source")
            << "job_title"
            << QList<MergeCandidate>{record(1, {older}), record(2, {"job_title=CTO", newer, "imported=1"}),
                                     record(3, {"job_title=Head of IT", newer})}
            << qint64(1) << qint64(3);
    }

    void eachFieldDefaultsToTheNewestNonEmptyValue()
    {
        QFETCH(QString, field);
        QFETCH(QList<MergeCandidate>, group);
        QFETCH(qint64, survivor);
        QFETCH(qint64, source);
        const QList<FieldDef> all = fields();
        const FieldDef def = FieldCatalog::find(all, field);
        QVERIFY2(def.isValid(), qPrintable(field));
        const SurvivorshipRules rules;
        QCOMPARE(rules.defaultSource(def, group, survivor), source);
        const MergePlan plan = rules.plan(all, group, survivor);
        QCOMPARE(plan.survivorId(), survivor);
        QCOMPARE(plan.sourceOf(field), source);
        QVERIFY(!plan.isOverridden(field));
    }

    void aPickOverridesTheDefaultAndMustNameARecordOfTheGroup()
    {
        const QList<MergeCandidate> group{record(1, {"job_title=Engineer"}), record(2, {"job_title=CTO", "updated=2024-05-01T00:00:00Z"})};
        MergePlan plan = SurvivorshipRules().plan(fields(), group, 1);
        QCOMPARE(plan.sourceOf(QStringLiteral("job_title")), qint64(2));
        QVERIFY(plan.choose(QStringLiteral("job_title"), 1));
        QCOMPARE(plan.sourceOf(QStringLiteral("job_title")), qint64(1));
        QCOMPARE(plan.defaultSourceOf(QStringLiteral("job_title")), qint64(2));
        QVERIFY(plan.isOverridden(QStringLiteral("job_title")));
        const Result r = plan.choose(QStringLiteral("job_title"), 9);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QLatin1String("9")) && r.message().contains(QLatin1String("1, 2")), qPrintable(r.message()));
        plan.resetChoice(QStringLiteral("job_title"));
        QCOMPARE(plan.sourceOf(QStringLiteral("job_title")), qint64(2));
    }

    void aPlanNeedsTwoDistinctRecordsAndItsSurvivorAmongThem()
    {
        QVERIFY(MergePlan({1, 2}, 2).isValid());
        QVERIFY(!MergePlan({1}, 1).isValid());
        QVERIFY(!MergePlan({1, 1}, 1).isValid());
        QVERIFY(!MergePlan({1, 2}, 3).isValid());
        QCOMPARE(MergePlan({4, 2, 3}, 2).mergedIds(), (QList<qint64>{4, 3}));
    }
};

QTEST_GUILESS_MAIN(TestSurvivorshipRules)
#include "tst_survivorshiprules.moc"
