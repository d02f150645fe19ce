#include "bulkupdatedialog.h"
#include "fieldvalueeditor.h"
#include "testworkspace.h"

#include "domain/fieldcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTest>

using namespace Kempt;

class TestBulkUpdateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Counts are written with the locale's digit grouping; the expectations are in US English.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void onlyFieldsThatMakeSenseOnManyRecordsAreOffered()
    {
        const QList<FieldDef> fields = BulkUpdateDialog::bulkFields(FieldCatalog::builtIn(Entity::Contact));
        QStringList keys;
        for (const FieldDef &f : fields)
            keys << f.key;
        QVERIFY(keys.contains(QStringLiteral("owner")));
        QVERIFY(keys.contains(QStringLiteral("city")));
        QVERIFY(keys.contains(QStringLiteral("do_not_email")));
        QVERIFY(!keys.contains(QStringLiteral("tags")));       // Add/Remove Tags do that
        QVERIFY(!keys.contains(QStringLiteral("email")));      // an address is personal
        QVERIFY(!keys.contains(QStringLiteral("created_at"))); // read-only
        const QList<FieldDef> companyFields = BulkUpdateDialog::bulkFields(FieldCatalog::builtIn(Entity::Company));
        for (const FieldDef &f : companyFields)
            QVERIFY(f.key != QLatin1String("contact_count"));
    }

    void theSummarySaysHowManyRecordsChange_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<QString>("summary");
        QTest::newRow("selected rows") << false << QStringLiteral("This changes City to “Porto” on 3 contacts.");
        QTest::newRow("all filtered rows") << true << QStringLiteral("This changes City to “Porto” on 1,204 contacts.");
    }

    void theSummarySaysHowManyRecordsChange()
    {
        QFETCH(bool, all);
        QFETCH(QString, summary);
        Test::TestWorkspace ws;
        BulkUpdateDialog dialog(ws.get(), Entity::Contact, 3, 1204);
        dialog.setFieldKey(QStringLiteral("city"));
        dialog.valueEditor()->setValue(QStringLiteral("Porto"));
        dialog.setAllFiltered(all);
        QCOMPARE(dialog.recordCount(), all ? 1204 : 3);
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(summary), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    void anEmptyValueClearsTheField()
    {
        Test::TestWorkspace ws;
        BulkUpdateDialog dialog(ws.get(), Entity::Contact, 2, 10);
        dialog.setFieldKey(QStringLiteral("job_title"));
        QCOMPARE(dialog.value().toString(), QString());
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY(texts.contains(QStringLiteral("This clears Job title on 2 contacts.")));
    }

    void theValueEditorFitsTheFieldType()
    {
        Test::TestWorkspace ws;
        BulkUpdateDialog dialog(ws.get(), Entity::Contact, 1, 1);
        dialog.setFieldKey(QStringLiteral("do_not_call"));
        QVERIFY(qobject_cast<QCheckBox *>(dialog.valueEditor()->editor()));
        QCOMPARE(dialog.value(), QVariant(false));
        dialog.setFieldKey(QStringLiteral("owner"));
        auto *owner = qobject_cast<QComboBox *>(dialog.valueEditor()->editor());
        QVERIFY(owner && owner->isEditable());
        dialog.setFieldKey(QStringLiteral("country"));
        dialog.valueEditor()->setValue(QStringLiteral("pt"));
        QCOMPARE(dialog.value().toString(), QStringLiteral("PT"));
        QCOMPARE(dialog.valueText(), QStringLiteral("Portugal"));
    }

    void withNothingSelectedOnlyTheWholeViewCanBeChosen()
    {
        Test::TestWorkspace ws;
        BulkUpdateDialog dialog(ws.get(), Entity::Company, 0, 40);
        QVERIFY(dialog.allFiltered());
        dialog.setAllFiltered(false);
        QVERIFY(dialog.allFiltered());
        QCOMPARE(dialog.recordCount(), 40);
    }
};

QTEST_MAIN(TestBulkUpdateDialog)
#include "tst_bulkupdatedialog.moc"
