#include "countrycombobox.h"
#include "ruleform.h"
#include "ruleimpactpanel.h"
#include "styleguideeditor.h"
#include "support/scriptedpresenter.h"
#include "qualityworkspace.h"

#include "audit/fixplanner.h"
#include "commands/savestyleguide.h"
#include "audit/guideenginecache.h"
#include "itemmodels/fixsamplemodel.h"
#include "itemmodels/styleguidehistorymodel.h"
#include "itemmodels/styleguiderulemodel.h"
#include "quality/ruleparams.h"
#include "stores/styleguidestore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Kempt;

namespace {

void selectData(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

// What the region box shows for a code: the country and its code, or the words for none.
QString regionText(const QString &code)
{
    return code.isEmpty() ? QStringLiteral("No default: only numbers with a country code")
                          : QStringLiteral("%1 (%2)").arg(CountryComboBox::nameOf(code), code);
}

} // namespace

// The style-guide editor, offscreen: editing, versions with undo, JSON both ways, the
// printed document and the live preview.
class TestStyleGuideEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::QualityWorkspace> m_ws;
    std::unique_ptr<Test::ScriptedPresenter> m_presenter;
    std::unique_ptr<StyleGuideEditor> m_editor;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::QualityWorkspace>();
        (*m_ws)->setAuthor(QStringLiteral("Maria"));
        m_presenter = std::make_unique<Test::ScriptedPresenter>();
        m_editor = std::make_unique<StyleGuideEditor>(m_ws->get(), m_presenter.get());
        m_editor->resize(1200, 800);
        m_editor->impactPanel()->setDelay(0);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_presenter.reset();
        m_ws.reset();
    }

    void everyRuleOfTheGuideIsListedByField()
    {
        QAbstractItemModelTester tester(m_editor->ruleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_editor->ruleModel()->guide(), StyleGuideStore((*m_ws)->db()).active());
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.lead_source.picklist")));
        RuleForm *form = m_editor->ruleForm();
        QCOMPARE(form->rule(), *StyleGuide::defaultGuide().rule(QStringLiteral("contact.lead_source.picklist")));
        QVERIFY(form->picklistValuesEdit()->toPlainText().contains(QStringLiteral("Referral")));
        QVERIFY(form->synonymsTable()->rowCount() > 10);
        QVERIFY(!m_editor->isModified());
    }

    void anEditSavedAsAVersionRecordsWhoAndCanBeUndone()
    {
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.name.casing")));
        selectData(m_editor->ruleForm()->casingCombo(), QStringLiteral("upper"));
        QVERIFY(m_editor->isModified());
        QCOMPARE(RuleParams::casing(m_editor->draft().rule(QStringLiteral("contact.name.casing"))->params), QStringLiteral("upper"));

        m_presenter->texts.enqueue(QStringLiteral("Names in capitals"));
        m_editor->save();
        QVERIFY(!m_editor->isModified());
        const StyleGuide stored = StyleGuideStore((*m_ws)->db()).active();
        QCOMPARE(stored.version(), qint64(1));
        QCOMPARE(RuleParams::casing(stored.rule(QStringLiteral("contact.name.casing"))->params), QStringLiteral("upper"));
        StyleGuideHistoryModel *history = m_editor->historyModel();
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->versionAt(0).author, QStringLiteral("Maria"));
        QCOMPARE(history->versionAt(0).comment, QStringLiteral("Names in capitals"));

        (*m_ws)->undoStack()->undo();
        QCOMPARE(history->rowCount(), 0);
        QCOMPARE(m_editor->draft(), StyleGuide::defaultGuide());
        QCOMPARE(m_editor->ruleForm()->casingCombo()->currentData().toString(), QStringLiteral("title"));
    }

    void editorChangesRoundTripThroughJson()
    {
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.lead_source.picklist")));
        RuleForm *form = m_editor->ruleForm();
        form->picklistValuesEdit()->setPlainText(form->picklistValuesEdit()->toPlainText() + QStringLiteral("\nPodcast"));
        QTableWidget *synonyms = form->synonymsTable();
        const int row = synonyms->rowCount();
        synonyms->insertRow(row);
        synonyms->setItem(row, 0, new QTableWidgetItem(QStringLiteral("radio show")));
        synonyms->setItem(row, 1, new QTableWidgetItem(QStringLiteral("Podcast")));
        form->severityCombo()->setCurrentIndex(form->severityCombo()->findData(QStringLiteral("warning")));
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.stale")));
        form->monthsSpin()->setValue(18);
        form->descriptionEdit()->setPlainText(QStringLiteral("Contacts nobody touched for a year and a half go stale."));

        const StyleGuide edited = m_editor->draft();
        QCOMPARE(RuleParams::months(edited.rule(QStringLiteral("contact.stale"))->params), 18);
        const StyleGuideRule *picklist = edited.rule(QStringLiteral("contact.lead_source.picklist"));
        QVERIFY(picklist->params.value(QStringLiteral("values")).toArray().contains(QStringLiteral("Podcast")));
        QCOMPARE(picklist->params.value(QStringLiteral("synonyms")).toObject().value(QStringLiteral("radio show")).toString(),
                 QStringLiteral("Podcast"));
        QCOMPARE(picklist->severity, StyleGuideRule::Severity::Warning);

        const QString path = m_dir.filePath(QStringLiteral("guide.json"));
        QVERIFY(m_editor->exportJson(path).ok());

        Test::TestWorkspace other;
        Test::ScriptedPresenter presenter;
        StyleGuideEditor second(other.get(), &presenter);
        QVERIFY(second.importJson(path).ok());
        QVERIFY(second.isModified());
        QCOMPARE(second.draft().rules(), edited.rules());
        QVERIFY(second.saveVersion(QStringLiteral("from the other workspace")));
        QCOMPARE(StyleGuideStore(other->db()).active().rules(), edited.rules());
    }

    void theDefaultRegionShowsTheGuidesChoice_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("none, as Kempt's default guide") << QString();
        QTest::newRow("Germany") << QStringLiteral("DE");
        QTest::newRow("Egypt") << QStringLiteral("EG");
    }

    void theDefaultRegionShowsTheGuidesChoice()
    {
        QFETCH(QString, region);
        if (!region.isEmpty()) {
            StyleGuide guide = StyleGuideStore((*m_ws)->db()).active();
            guide.setDefaultRegion(region);
            (*m_ws)->undoStack()->push(new SaveStyleGuide(m_ws->get(), guide, QStringLiteral("region")));
        }
        CountryComboBox *combo = m_editor->regionCombo();
        QCOMPARE(combo->code(), region);
        QCOMPARE(combo->currentText(), regionText(region));
        QVERIFY(!m_editor->isModified());
        // Every choice, the first included, says what it means.
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(0), regionText(QString()));
    }

    void changingTheDefaultRegionIsAnUndoableEditThatTravelsInJson_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("none to Germany") << QString() << QStringLiteral("DE");
        QTest::newRow("Germany to none") << QStringLiteral("DE") << QString();
        QTest::newRow("Germany to France") << QStringLiteral("DE") << QStringLiteral("FR");
    }

    void changingTheDefaultRegionIsAnUndoableEditThatTravelsInJson()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        if (!from.isEmpty()) {
            StyleGuide guide = StyleGuideStore((*m_ws)->db()).active();
            guide.setDefaultRegion(from);
            (*m_ws)->undoStack()->push(new SaveStyleGuide(m_ws->get(), guide, QStringLiteral("region")));
        }
        CountryComboBox *combo = m_editor->regionCombo();
        QCOMPARE(combo->code(), from);
        selectData(combo, to);
        QVERIFY(m_editor->isModified());
        QCOMPARE(m_editor->draft().defaultRegion(), to);

        m_presenter->texts.enqueue(QStringLiteral("Phone numbers of another country"));
        const int steps = (*m_ws)->undoStack()->count();
        m_editor->save();
        QCOMPARE((*m_ws)->undoStack()->count(), steps + 1);
        QCOMPARE(StyleGuideStore((*m_ws)->db()).active().defaultRegion(), to);
        QCOMPARE(combo->currentText(), regionText(to));

        // The JSON carries it to another workspace, whose editor shows it too.
        const QString path = m_dir.filePath(QStringLiteral("region.json"));
        QVERIFY(m_editor->exportJson(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("defaultRegion")).toString(), to);
        Test::TestWorkspace other;
        Test::ScriptedPresenter presenter;
        StyleGuideEditor second(other.get(), &presenter);
        QVERIFY(second.importJson(path).ok());
        QCOMPARE(second.regionCombo()->code(), to);
        QCOMPARE(second.regionCombo()->currentText(), regionText(to));
        QCOMPARE(second.draft().defaultRegion(), to);

        // One Undo takes the save back, and the box follows; Redo puts it in force again.
        (*m_ws)->undoStack()->undo();
        QCOMPARE(StyleGuideStore((*m_ws)->db()).active().defaultRegion(), from);
        QCOMPARE(combo->code(), from);
        QCOMPARE(combo->currentText(), regionText(from));
        QVERIFY(!m_editor->isModified());
        (*m_ws)->undoStack()->redo();
        QCOMPARE(combo->code(), to);
    }

    void aBrokenImportNamesTheFileAndChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "kempt-style-guide", "version": 1, "rules": [{"id": "x", "kind": "casing"}]})");
        file.close();
        const Result r = m_editor->importJson(path);
        QVERIFY(!r.ok());
        QVERIFY(r.message().startsWith(QStringLiteral("broken.json: ")));
        QVERIFY(!m_editor->isModified());
    }

    void aRuleThatCannotWorkIsRefusedWithItsReason()
    {
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.lead_source.picklist")));
        m_editor->ruleForm()->picklistValuesEdit()->clear();
        QVERIFY(m_editor->ruleForm()->findChild<QLabel *>(QStringLiteral("ruleProblem"))->isVisibleTo(m_editor.get()));
        QVERIFY(!m_editor->isModified());
        QVERIFY(!m_editor->draft().rule(QStringLiteral("contact.lead_source.picklist"))->params.value(QStringLiteral("values")).toArray().isEmpty());
    }

    void thePreviewCountsWhatTheFixWouldChange()
    {
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.email.format")));
        RuleImpactPanel *panel = m_editor->impactPanel();
        QSignalSpy counted(panel, &RuleImpactPanel::counted);
        QVERIFY(panel->isComplete() || counted.wait(60000));
        StyleGuide guide;
        FixSummary summary;
        QVERIFY(FixPlanner::guideFor((*m_ws)->db(), QStringLiteral("contact.email.format"), &guide).ok());
        QVERIFY(FixPlanner((*m_ws)->db(), RuleEngine(guide, QString(), GuideEngineCache::auditMoment())).preview(&summary).ok());
        QCOMPARE(panel->impact().changes, summary.records);
        QVERIFY(panel->summaryText().contains(QStringLiteral("would change %1 contacts").arg(summary.records)));
        QVERIFY(panel->samples()->rowCount() > 0);

        // An edit is previewed as the draft, before it is saved.
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.name.casing")));
        QVERIFY(counted.wait(60000));
        const qint64 title = panel->impact().changes;
        counted.clear();
        selectData(m_editor->ruleForm()->casingCombo(), QStringLiteral("upper"));
        QVERIFY(counted.wait(60000));
        QVERIFY(panel->impact().changes > title);
    }

    void theGuideSavesAsADocument()
    {
        const QString html = m_dir.filePath(QStringLiteral("guide.html"));
        const QString pdf = m_dir.filePath(QStringLiteral("guide.pdf"));
        QVERIFY(m_editor->exportHtml(html).ok());
        QVERIFY(m_editor->exportPdf(pdf).ok());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const StyleGuideRule &rule : m_editor->draft().rules())
            QVERIFY(text.contains(rule.description.toHtmlEscaped()));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
    }

    void aRestoredVersionIsSavedAsANewOne()
    {
        QVERIFY(m_editor->selectRule(QStringLiteral("contact.stale")));
        m_editor->ruleForm()->monthsSpin()->setValue(6);
        QVERIFY(m_editor->saveVersion(QStringLiteral("six months")));
        m_editor->ruleForm()->monthsSpin()->setValue(24);
        QVERIFY(m_editor->saveVersion(QStringLiteral("two years")));
        m_editor->historyView()->selectRow(1);
        m_editor->restoreVersion();
        const StyleGuide active = StyleGuideStore((*m_ws)->db()).active();
        QCOMPARE(active.version(), qint64(3));
        QCOMPARE(RuleParams::months(active.rule(QStringLiteral("contact.stale"))->params), 6);
        QCOMPARE(m_editor->historyModel()->versionAt(0).comment, QStringLiteral("Back to the rules of version 1"));
    }
};

QTEST_MAIN(TestStyleGuideEditor)
#include "tst_styleguideeditor.moc"
