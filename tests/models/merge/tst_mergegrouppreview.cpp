#include "mergefixture.h"
#include "testworkspace.h"
#include "merge/mergegrouppreview.h"

#include <QTest>

using namespace Kempt;
using Kempt::Test::MergeFixture;
using Kempt::Test::TestWorkspace;

// The side-by-side comparison the Duplicates section shows, on three records of Ann Lee.
class TestMergeGroupPreview : public QObject
{
    Q_OBJECT

private:
    static MergeGroupPreview::FieldRow row(const MergeGroupPreview &preview, const QString &key)
    {
        for (const MergeGroupPreview::FieldRow &r : preview.rows())
            if (r.field.key == key)
                return r;
        return {};
    }

    static MergeGroupPreview load(TestWorkspace &ws, const MergeFixture &f, const SurvivorshipRules &rules = SurvivorshipRules())
    {
        MergeGroupPreview preview;
        const Result r = MergeGroupPreview::load(ws->db(), {f.annie, f.anna, f.ann}, rules, &preview);
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        return preview;
    }

private Q_SLOTS:
    void showsEveryRecordsValueTheDefaultAndTheConflicts()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const MergeGroupPreview preview = load(ws, f);
        QCOMPARE(preview.records().size(), 3);
        QCOMPARE(preview.records().at(0).id, f.annie); // in the order asked for
        // Ann is the most complete record.
        QCOMPARE(preview.plan().survivorId(), f.ann);
        QCOMPARE(preview.survivorIndex(), 2);

        const auto job = row(preview, QStringLiteral("job_title"));
        QCOMPARE(job.values, (QStringList{QString(), QStringLiteral("CTO"), QStringLiteral("Engineer")}));
        QVERIFY(job.conflict);
        QCOMPARE(job.defaultIndex, 1); // Anna was updated last
        QCOMPARE(job.chosenIndex, 1);
        QCOMPARE(job.result, QStringLiteral("CTO"));

        const auto company = row(preview, QStringLiteral("company"));
        QCOMPARE(company.values, (QStringList{QString(), QStringLiteral("Acme Holdings"), QStringLiteral("Acme GmbH")}));
        QVERIFY(company.conflict);

        const auto last = row(preview, QStringLiteral("last_name"));
        QVERIFY(!last.conflict);
        QCOMPARE(last.chosenIndex, 2); // the same value: the survivor keeps its own

        const auto city = row(preview, QStringLiteral("city"));
        QVERIFY(!city.conflict);
        QCOMPARE(city.result, QStringLiteral("Berlin"));

        // Annie's address differs; Ann's and Anna's differ only in case.
        QVERIFY(row(preview, QStringLiteral("email")).conflict);
        MergeGroupPreview pair;
        QVERIFY(MergeGroupPreview::load(ws->db(), {f.ann, f.anna}, SurvivorshipRules(), &pair));
        QVERIFY(!row(pair, QStringLiteral("email")).conflict);
        QCOMPARE(row(preview, QStringLiteral("do_not_email")).chosenIndex, 0); // Annie opted out
        const auto shoe = row(preview, QStringLiteral("custom.shoe_size"));
        QVERIFY(shoe.field.isValid());
        QCOMPARE(shoe.result, QStringLiteral("39"));

        QStringList conflicts;
        for (const auto &c : preview.conflicts())
            conflicts << c.field.key;
        QVERIFY(conflicts.contains(QStringLiteral("first_name")));
        QVERIFY(conflicts.contains(QStringLiteral("custom.shoe_size")));
        QVERIFY(!conflicts.contains(QStringLiteral("city")));
    }

    void keepsEveryDistinctEmailPhoneProfileAndTag()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const MergeGroupPreview preview = load(ws, f);
        QStringList emails;
        for (const EmailAddress &e : preview.resultingEmails())
            emails << e.address + (e.primary ? QStringLiteral("*") : QString());
        // ANN@acme.example is Ann's address written differently: kept once, as the survivor has it.
        // The survivor's first, then the others' in the order of the group.
        QCOMPARE(emails, (QStringList{QStringLiteral("ann@acme.example*"), QStringLiteral("annie@lee.example"),
                                      QStringLiteral("anna.lee@home.example")}));
        QStringList phones;
        for (const PhoneNumber &p : preview.resultingPhones())
            phones << p.number + (p.primary ? QStringLiteral("*") : QString());
        // 030 1234567 in Germany is +49 30 1234567.
        QCOMPARE(phones, (QStringList{QStringLiteral("+49 30 1234567*"), QStringLiteral("+49 171 2345678")}));
        QCOMPARE(preview.resultingSocials().size(), 1);
        QCOMPARE(preview.resultingTags(), (QStringList{QStringLiteral("Newsletter"), QStringLiteral("Partner"), QStringLiteral("VIP")}));
    }

    void aComposedDisplayNameFollowsTheChosenNameParts()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergeGroupPreview preview = load(ws, f);
        QCOMPARE(preview.resultingText(QStringLiteral("display_name")), QStringLiteral("Anna Lee"));
        QVERIFY(preview.choose(QStringLiteral("first_name"), f.ann));
        QCOMPARE(preview.resultingText(QStringLiteral("display_name")), QStringLiteral("Ann Lee"));
        // A display name picked on purpose stays as it is.
        QVERIFY(preview.choose(QStringLiteral("display_name"), f.annie));
        QCOMPARE(preview.resultingText(QStringLiteral("display_name")), QStringLiteral("Annie Lee"));
    }

    void picksSurviveAChangeOfSurvivor()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergeGroupPreview preview = load(ws, f);
        QVERIFY(preview.choose(QStringLiteral("job_title"), f.ann));
        QVERIFY(preview.setSurvivor(f.anna));
        QCOMPARE(preview.plan().survivorId(), f.anna);
        QCOMPARE(preview.plan().sourceOf(QStringLiteral("job_title")), f.ann);
        QVERIFY(row(preview, QStringLiteral("job_title")).overridden);
        // Defaults follow the new survivor: Anna's own city is empty, Ann's fills it.
        QCOMPARE(preview.plan().sourceOf(QStringLiteral("city")), f.ann);
        QVERIFY(!preview.setSurvivor(f.bob));
        const Result r = preview.choose(QStringLiteral("tags"), f.ann);
        QVERIFY(!r);
        QVERIFY(r.message().contains(QLatin1String("tags")));
    }

    void theWorkspaceSettingOrdersTheSources()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        QCOMPARE(SurvivorshipRules::fromSettings(ws->db()).sourceOrder(), SurvivorshipRules().sourceOrder());
        QVERIFY(ws->setSetting(SurvivorshipRules::settingKey(), QStringLiteral("[\"@import\", \"Web\"]")));
        QCOMPARE(SurvivorshipRules::fromSettings(ws->db()).sourceOrder(), (QStringList{QStringLiteral("@import"), QStringLiteral("Web")}));
        QVERIFY(ws->setSetting(SurvivorshipRules::settingKey(), QStringLiteral("not json")));
        QCOMPARE(SurvivorshipRules::fromSettings(ws->db()).sourceOrder(), SurvivorshipRules().sourceOrder());
    }

    void refusesMissingTrashedAndRepeatedRecords()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergeGroupPreview preview;
        Result r = MergeGroupPreview::load(ws->db(), {f.ann, 999}, SurvivorshipRules(), &preview);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QLatin1String("999")), qPrintable(r.message()));
        r = MergeGroupPreview::load(ws->db(), {f.ann, f.ann}, SurvivorshipRules(), &preview);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QLatin1String("twice")), qPrintable(r.message()));
        r = MergeGroupPreview::load(ws->db(), {f.ann}, SurvivorshipRules(), &preview);
        QVERIFY(!r);
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("trash"), [&](QSqlDatabase db) {
            return ContactStore(db).moveToTrash(RecordSelection::ofId(f.anna));
        }));
        r = MergeGroupPreview::load(ws->db(), {f.ann, f.anna}, SurvivorshipRules(), &preview);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QLatin1String("trash")) && r.message().contains(QLatin1String("Anna Lee")), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestMergeGroupPreview)
#include "tst_mergegrouppreview.moc"
