#include "../models/deals/dealfixture.h"
#include "contactpicker.h"
#include "dealeditor.h"
#include "optionaldateedit.h"
#include "support/scriptedpresenter.h"
#include "timelinewidget.h"

#include "commands/movedeal.h"
#include "itemmodels/recordtablemodel.h"
#include "itemmodels/stagehistorymodel.h"
#include "stores/contactstore.h"
#include "stores/dealstore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Kempt;
using namespace Kempt::Test;

namespace {

template<typename T>
T *input(DealEditor &editor, const char *name)
{
    T *w = editor.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no input named %s", name);
    return w;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *combo, const QString &text)
{
    const int i = combo->findText(text);
    if (i < 0)
        qFatal("%s offers no %s", qPrintable(combo->objectName()), qPrintable(text));
    combo->setCurrentIndex(i);
}

qint64 addContact(Workspace *ws, const QString &first, const QString &last, const QString &email)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    EmailAddress e;
    e.address = email;
    e.primary = true;
    c.emails << e;
    const Result r = ws->write(BatchKind::System, QStringLiteral("contact"), [&](QSqlDatabase db) { return ContactStore(db).insert(c); });
    if (!r)
        qFatal("%s", qPrintable(r.message()));
    return c.id;
}

// Types into a picker as a person does and picks the first match.
void pick(ContactPicker *picker, const QString &typed)
{
    picker->clear();
    QTest::keyClicks(picker, typed);
    if (picker->matches()->rowCount() == 0)
        qFatal("no contact matches %s", qPrintable(typed));
    picker->pick(0);
}

struct Fixture
{
    TestWorkspace ws;
    Pipeline sales;
    ScriptedPresenter presenter;
    qint64 ann = 0;
    qint64 bob = 0;
    qint64 deal = 0;

    Fixture()
    {
        sales = addSales(ws.get());
        ann = addContact(ws.get(), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@acme.example"));
        bob = addContact(ws.get(), QStringLiteral("Bob"), QStringLiteral("Stone"), QStringLiteral("bob@globex.example"));
        Deal d = makeDeal(QStringLiteral("Acme renewal"), 250000, sales.stages.at(0).id, QString(), QStringLiteral("Acme"),
                          QStringLiteral("Olga"));
        d.contactId = ann;
        deal = pushDeal(ws.get(), d);
        ws->undoStack()->clear();
    }
    Deal stored(qint64 id) { return DealStore(ws->db()).load(id).value_or(Deal()); }
};

} // namespace

class TestDealEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savingANewDealStoresEveryFieldInOneUndoStep()
    {
        Fixture f;
        DealEditor editor(f.ws.get(), &f.presenter);
        editor.show();
        type(input<QLineEdit>(editor, "title"), QStringLiteral("Globex pilot"));
        input<QComboBox>(editor, "currency")->setCurrentText(QStringLiteral("USD"));
        input<QDoubleSpinBox>(editor, "value")->setValue(1234.5);
        type(input<QLineEdit>(editor, "company"), QStringLiteral("Globex"));
        pick(editor.contactPicker(), QStringLiteral("bob"));
        pick(editor.otherContactPicker(), QStringLiteral("ann"));
        QCOMPARE(editor.otherContacts()->count(), 1);
        input<QComboBox>(editor, "owner")->setCurrentText(QStringLiteral("Piet"));
        input<QComboBox>(editor, "source")->setCurrentText(QStringLiteral("Referral"));
        choose(input<QComboBox>(editor, "stage"), QStringLiteral("Qualified"));
        auto *close = input<OptionalDateEdit>(editor, "expectedClose");
        close->setDate(QDate(2031, 6, 30));
        input<QCheckBox>(editor, "stageDefault")->setChecked(false);
        input<QSpinBox>(editor, "probability")->setValue(35);

        editor.accept();
        QVERIFY2(editor.result() == QDialog::Accepted, qPrintable(editor.errorText()));
        QVERIFY(editor.dealId() > 0);
        QCOMPARE(f.ws->undoStack()->count(), 1);
        const Deal d = f.stored(editor.dealId());
        QCOMPARE(d.title, QStringLiteral("Globex pilot"));
        QCOMPARE(d.currency, QStringLiteral("USD"));
        QCOMPARE(d.valueMinor, qint64(123450));
        QCOMPARE(d.companyName, QStringLiteral("Globex"));
        QCOMPARE(d.contactId, f.bob);
        QCOMPARE(d.otherContactIds, QList<qint64>{f.ann});
        QCOMPARE(d.ownerName, QStringLiteral("Piet"));
        QCOMPARE(d.source, QStringLiteral("Referral"));
        QCOMPARE(d.stageId, f.sales.stages.at(1).id);
        QCOMPARE(d.expectedClose, QStringLiteral("2031-06-30"));
        QCOMPARE(d.probability.value_or(-1), 0.35);
        f.ws->undoStack()->undo();
        QVERIFY(!DealStore(f.ws->db()).load(editor.dealId()));
    }

    void editingADealSavesTheChangesAndUndoRestoresThem()
    {
        Fixture f;
        const Deal before = f.stored(f.deal);
        {
            DealEditor editor(f.ws.get(), &f.presenter, f.deal);
            QCOMPARE(editor.deal().title, QStringLiteral("Acme renewal"));
            QCOMPARE(editor.contactPicker()->text(), QStringLiteral("Ann Lee"));
            QVERIFY(!editor.hasChanges());
            type(input<QLineEdit>(editor, "title"), QStringLiteral("Acme renewal 2026"));
            input<QDoubleSpinBox>(editor, "value")->setValue(3000);
            input<OptionalDateEdit>(editor, "expectedClose")->setDate(QDate(2030, 12, 1));
            choose(input<QComboBox>(editor, "stage"), QStringLiteral("Proposal"));
            QVERIFY(editor.hasChanges());
            editor.accept();
            QVERIFY2(editor.result() == QDialog::Accepted, qPrintable(editor.errorText()));
        }
        QCOMPARE(f.ws->undoStack()->count(), 1);
        Deal after = f.stored(f.deal);
        QCOMPARE(after.title, QStringLiteral("Acme renewal 2026"));
        QCOMPARE(after.valueMinor, qint64(300000));
        // Filling the gate's fields and entering the stage is one edit.
        QCOMPARE(after.stageId, f.sales.stages.at(2).id);
        f.ws->undoStack()->undo();
        after = f.stored(f.deal);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.valueMinor, before.valueMinor);
        QCOMPARE(after.expectedClose, before.expectedClose);
        QCOMPARE(after.stageId, before.stageId);
    }

    void aSaveTheStageGateRefusesShowsWhyAndWritesNothing()
    {
        Fixture f;
        DealEditor editor(f.ws.get(), &f.presenter, f.deal);
        editor.show();
        type(input<QLineEdit>(editor, "title"), QStringLiteral("Renamed"));
        choose(input<QComboBox>(editor, "stage"), QStringLiteral("Negotiation")); // needs an expected close date
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY2(editor.errorText().contains(QStringLiteral("Expected close")), qPrintable(editor.errorText()));
        QCOMPARE(f.ws->undoStack()->count(), 0);
        QCOMPARE(f.stored(f.deal).title, QStringLiteral("Acme renewal"));
        QCOMPARE(f.stored(f.deal).stageId, f.sales.stages.at(0).id);
    }

    void theProbabilityFollowsTheStageUntilOverridden()
    {
        Fixture f;
        DealEditor editor(f.ws.get(), &f.presenter, f.deal);
        auto *probability = input<QSpinBox>(editor, "probability");
        auto *byStage = input<QCheckBox>(editor, "stageDefault");
        QVERIFY(byStage->isChecked());
        QVERIFY(!probability->isEnabled());
        QCOMPARE(probability->value(), 10);
        choose(input<QComboBox>(editor, "stage"), QStringLiteral("Qualified"));
        QCOMPARE(probability->value(), 25);
        QVERIFY(!editor.deal().probability.has_value());
        byStage->setChecked(false);
        QVERIFY(probability->isEnabled());
        probability->setValue(60);
        QCOMPARE(editor.deal().probability.value_or(-1), 0.6);
    }

    void markingADealLostTakesAReasonInTheSameUndoStep()
    {
        Fixture f;
        {
            DealEditor editor(f.ws.get(), &f.presenter, f.deal);
            editor.show();
            auto *reason = input<QComboBox>(editor, "lostReason");
            QVERIFY(!reason->isEnabled());
            input<QDoubleSpinBox>(editor, "value")->setValue(2600);
            choose(input<QComboBox>(editor, "status"), QStringLiteral("Lost"));
            QVERIFY(reason->isEnabled());
            // A closed deal keeps its stage.
            QVERIFY(!input<QComboBox>(editor, "stage")->isEnabled());
            editor.accept();
            QCOMPARE(editor.result(), int(QDialog::Rejected));
            QVERIFY(editor.errorText().contains(QStringLiteral("lost")));
            choose(reason, QStringLiteral("No budget"));
            editor.accept();
            QVERIFY2(editor.result() == QDialog::Accepted, qPrintable(editor.errorText()));
        }
        QCOMPARE(f.ws->undoStack()->count(), 1);
        Deal d = f.stored(f.deal);
        QCOMPARE(d.status, DealStatus::Lost);
        QCOMPARE(d.lostReason, QStringLiteral("No budget"));
        QCOMPARE(d.valueMinor, qint64(260000));
        QVERIFY(!d.closedAt.isEmpty());
        f.ws->undoStack()->undo();
        d = f.stored(f.deal);
        QCOMPARE(d.status, DealStatus::Open);
        QCOMPARE(d.valueMinor, qint64(250000));

        // Reopening is the same kind of step, the other way round.
        f.ws->undoStack()->redo();
        {
            DealEditor editor(f.ws.get(), &f.presenter, f.deal);
            QVERIFY(!input<QComboBox>(editor, "stage")->isEnabled());
            choose(input<QComboBox>(editor, "status"), QStringLiteral("Open"));
            QVERIFY(input<QComboBox>(editor, "stage")->isEnabled());
            choose(input<QComboBox>(editor, "stage"), QStringLiteral("Qualified"));
            editor.accept();
            QVERIFY2(editor.result() == QDialog::Accepted, qPrintable(editor.errorText()));
        }
        d = f.stored(f.deal);
        QCOMPARE(d.status, DealStatus::Open);
        QCOMPARE(d.stageId, f.sales.stages.at(1).id);
        QCOMPARE(f.ws->undoStack()->count(), 2);
    }

    void textThatNamesNoContactIsPointedOut()
    {
        Fixture f;
        DealEditor editor(f.ws.get(), &f.presenter, f.deal);
        editor.show();
        type(editor.contactPicker(), QStringLiteral("Nobody Here"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY2(editor.errorText().contains(QStringLiteral("Nobody Here")), qPrintable(editor.errorText()));
        QCOMPARE(f.ws->undoStack()->count(), 0);
        editor.contactPicker()->clear();
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(f.stored(f.deal).contactId, qint64(0));
    }

    void theStageHistoryListsEveryStay()
    {
        Fixture f;
        f.ws->undoStack()->push(new MoveDeal(f.ws.get(), {f.deal}, f.sales.stages.at(1).id));
        DealEditor editor(f.ws.get(), &f.presenter, f.deal);
        QAbstractItemModelTester tester(editor.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        StageHistoryModel *history = editor.historyModel();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(0, StageHistoryModel::StageColumn).data().toString(), QStringLiteral("Lead"));
        QVERIFY(history->index(0, 0).data(StageHistoryModel::LeftAtRole).toDateTime().isValid());
        QCOMPARE(history->index(1, StageHistoryModel::StageColumn).data().toString(), QStringLiteral("Qualified"));
        QVERIFY(!history->index(1, 0).data(StageHistoryModel::LeftAtRole).toDateTime().isValid());
        QVERIFY(editor.tabs()->isTabEnabled(editor.tabs()->indexOf(editor.historyView()->parentWidget())));
        // It follows moves made while the editor is open, and their undo.
        f.ws->undoStack()->push(new MoveDeal(f.ws.get(), {f.deal}, f.sales.stages.at(0).id));
        QCOMPARE(history->rowCount(), 3);
        f.ws->undoStack()->undo();
        QCOMPARE(history->rowCount(), 2);
    }

    void aNewDealHasNoTimelineOrHistoryYet()
    {
        Fixture f;
        DealEditor editor(f.ws.get(), &f.presenter);
        QVERIFY(!editor.tabs()->isTabEnabled(editor.tabs()->indexOf(editor.timeline())));
        QVERIFY(!editor.tabs()->isTabEnabled(editor.tabs()->indexOf(editor.historyView()->parentWidget())));
        editor.setPlacement(f.sales.id, f.sales.stages.at(1).id);
        QCOMPARE(editor.deal().stageId, f.sales.stages.at(1).id);
        QVERIFY(!editor.hasChanges());
        DealEditor existing(f.ws.get(), &f.presenter, f.deal);
        QVERIFY(existing.tabs()->isTabEnabled(existing.tabs()->indexOf(existing.timeline())));
    }

    void cancellingWithChangesAsksFirst()
    {
        Fixture f;
        DealEditor editor(f.ws.get(), &f.presenter, f.deal);
        editor.show();
        type(input<QLineEdit>(editor, "title"), QStringLiteral("Changed"));
        f.presenter.confirmAnswers.enqueue(false);
        editor.reject();
        QVERIFY(editor.isVisible());
        QCOMPARE(f.presenter.confirmations.size(), 1);
        f.presenter.confirmAnswers.enqueue(true);
        editor.reject();
        QVERIFY(!editor.isVisible());
        QCOMPARE(f.stored(f.deal).title, QStringLiteral("Acme renewal"));
    }
};

QTEST_MAIN(TestDealEditor)
#include "tst_dealeditor.moc"
