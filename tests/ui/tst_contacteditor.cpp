#include "contacteditor.h"
#include "customfieldform.h"
#include "labeledvaluelist.h"
#include "support/scriptedpresenter.h"
#include "tagslineedit.h"
#include "testworkspace.h"
#include "timelinewidget.h"

#include "itemmodels/timelinemodel.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"
#include "stores/customfieldstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

namespace {

void addCustomFields(Workspace *ws)
{
    const Result r = ws->write(BatchKind::System, QStringLiteral("fields"), [](QSqlDatabase db) {
        CustomFieldStore store(db);
        CustomFieldDef region;
        region.entity = Entity::Contact;
        region.label = QStringLiteral("Sales region");
        region.type = CustomFieldType::Choice;
        region.choices = {QStringLiteral("North"), QStringLiteral("South")};
        CustomFieldDef seats;
        seats.entity = Entity::Contact;
        seats.label = QStringLiteral("Seats");
        seats.type = CustomFieldType::Number;
        Result r = store.create(region);
        return r ? store.create(seats) : r;
    });
    if (!r)
        qFatal("cannot add custom fields: %s", qPrintable(r.message()));
}

template<typename T>
T *field(ContactEditor &editor, const char *name)
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

} // namespace

class TestContactEditor : public QObject
{
    Q_OBJECT

private:
    // Fills a new contact the way a person would: names, two e-mails (the second primary),
    // two phones, tags and a custom field.
    qint64 createAnnLee(Test::TestWorkspace &ws, Test::ScriptedPresenter &presenter)
    {
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        type(field<QLineEdit>(editor, "firstName"), QStringLiteral("Ann"));
        type(field<QLineEdit>(editor, "lastName"), QStringLiteral("Lee"));
        type(field<QLineEdit>(editor, "jobTitle"), QStringLiteral("Buyer"));
        type(field<QLineEdit>(editor, "company"), QStringLiteral("Acme"));

        LabeledValueList *emails = editor.emailList();
        type(emails->valueEdit(0), QStringLiteral("ann@acme.example"));
        QTest::mouseClick(emails->addButton(), Qt::LeftButton);
        type(emails->valueEdit(1), QStringLiteral("ann@home.example"));
        emails->labelCombo(1)->setCurrentIndex(emails->labelCombo(1)->findData(QStringLiteral("home")));
        emails->primaryButton(1)->click();

        LabeledValueList *phones = editor.phoneList();
        type(phones->valueEdit(0), QStringLiteral("+49 30 1234567"));
        QTest::mouseClick(phones->addButton(), Qt::LeftButton);
        type(phones->valueEdit(1), QStringLiteral("+49 171 7654321"));
        phones->labelCombo(1)->setCurrentIndex(phones->labelCombo(1)->findData(QStringLiteral("mobile")));

        type(editor.tagsEdit(), QStringLiteral("vip, newsletter"));
        auto *region = qobject_cast<QComboBox *>(editor.customFields()->editorFor(QStringLiteral("sales_region")));
        auto *seats = qobject_cast<QLineEdit *>(editor.customFields()->editorFor(QStringLiteral("seats")));
        if (!region || !seats)
            qFatal("the custom fields have no inputs");
        region->setCurrentText(QStringLiteral("South"));
        type(seats, QStringLiteral("12"));

        editor.accept();
        if (editor.result() != QDialog::Accepted)
            qWarning("not saved: %s", qPrintable(editor.errorText()));
        return editor.contactId();
    }

private Q_SLOTS:
    void savingANewContactStoresEveryFieldInOneUndoStep()
    {
        Test::TestWorkspace ws;
        addCustomFields(ws.get());
        Test::ScriptedPresenter presenter;
        const qint64 id = createAnnLee(ws, presenter);
        QVERIFY(id > 0);
        QCOMPARE(ws->undoStack()->count(), 1);

        const std::optional<Contact> c = ContactStore(ws->db()).load(id);
        QVERIFY(c);
        QCOMPARE(c->firstName, QStringLiteral("Ann"));
        QCOMPARE(c->lastName, QStringLiteral("Lee"));
        QCOMPARE(c->jobTitle, QStringLiteral("Buyer"));
        QCOMPARE(c->companyName, QStringLiteral("Acme"));
        QCOMPARE(c->emails.size(), 2);
        QCOMPARE(c->primaryEmail(), QStringLiteral("ann@home.example"));
        QCOMPARE(c->emails.at(1).label, QStringLiteral("home"));
        QCOMPARE(c->phones.size(), 2);
        QCOMPARE(c->primaryPhone(), QStringLiteral("+49 30 1234567"));
        QCOMPARE(c->phones.at(1).label, QStringLiteral("mobile"));
        QStringList tags = c->tags;
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("newsletter"), QStringLiteral("vip")}));
        QCOMPARE(c->custom.value(QStringLiteral("sales_region")).toString(), QStringLiteral("South"));
        QCOMPARE(c->custom.value(QStringLiteral("seats")).toDouble(), 12.0);
        QVERIFY(presenter.errors.isEmpty());
    }

    void editingAgainChangesTheStoredContactAndUndoRestoresIt()
    {
        Test::TestWorkspace ws;
        addCustomFields(ws.get());
        Test::ScriptedPresenter presenter;
        const qint64 id = createAnnLee(ws, presenter);
        QVERIFY(id > 0);
        {
            ContactEditor editor(ws.get(), &presenter, id);
            editor.show();
            QCOMPARE(field<QLineEdit>(editor, "firstName")->text(), QStringLiteral("Ann"));
            QCOMPARE(editor.emailList()->rowCount(), 2);
            QVERIFY(editor.emailList()->primaryButton(1)->isChecked());
            QVERIFY(!editor.hasChanges());
            type(field<QLineEdit>(editor, "jobTitle"), QStringLiteral("Head of Purchasing"));
            editor.phoneList()->removeRow(1);
            QVERIFY(editor.hasChanges());
            editor.accept();
            QCOMPARE(editor.result(), int(QDialog::Accepted));
        }
        std::optional<Contact> c = ContactStore(ws->db()).load(id);
        QCOMPARE(c->jobTitle, QStringLiteral("Head of Purchasing"));
        QCOMPARE(c->phones.size(), 1);
        QCOMPARE(ws->undoStack()->count(), 2);

        ws->undoStack()->undo();
        c = ContactStore(ws->db()).load(id);
        QCOMPARE(c->jobTitle, QStringLiteral("Buyer"));
        QCOMPARE(c->phones.size(), 2);
        QCOMPARE(c->custom.value(QStringLiteral("sales_region")).toString(), QStringLiteral("South"));
    }

    void savingWithoutChangesAddsNoUndoStep()
    {
        Test::TestWorkspace ws;
        addCustomFields(ws.get());
        Test::ScriptedPresenter presenter;
        const qint64 id = createAnnLee(ws, presenter);
        ContactEditor editor(ws.get(), &presenter, id);
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(ws->undoStack()->count(), 1);
    }

    void aContactWithoutNameEmailOrCompanyIsNotSaved()
    {
        Test::TestWorkspace ws;
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        type(field<QLineEdit>(editor, "jobTitle"), QStringLiteral("Buyer"));
        editor.accept();
        QVERIFY(editor.isVisible());
        QVERIFY(editor.errorText().contains(QStringLiteral("name, an e-mail address or a company")));
        QCOMPARE(ContactStore(ws->db()).count(true), 0);
        QCOMPARE(ws->undoStack()->count(), 0);
    }

    void anAddressWithoutAtIsRefusedWithItsText()
    {
        Test::TestWorkspace ws;
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        type(field<QLineEdit>(editor, "firstName"), QStringLiteral("Ann"));
        type(editor.emailList()->valueEdit(0), QStringLiteral("ann.acme.example"));
        editor.accept();
        QVERIFY(editor.isVisible());
        QVERIFY(editor.errorText().contains(QStringLiteral("“ann.acme.example” is not an e-mail address")));
        QCOMPARE(editor.tabs()->currentIndex(), 1);
        QCOMPARE(ContactStore(ws->db()).count(true), 0);
    }

    void aNumberFieldRefusesText()
    {
        Test::TestWorkspace ws;
        addCustomFields(ws.get());
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        type(field<QLineEdit>(editor, "firstName"), QStringLiteral("Ann"));
        type(qobject_cast<QLineEdit *>(editor.customFields()->editorFor(QStringLiteral("seats"))), QStringLiteral("many"));
        editor.accept();
        QVERIFY(editor.isVisible());
        QVERIFY(editor.errorText().contains(QStringLiteral("Seats")));
        QCOMPARE(ContactStore(ws->db()).count(true), 0);
    }

    void cancellingWithChangesAsksBeforeDiscarding()
    {
        Test::TestWorkspace ws;
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        editor.reject();
        QVERIFY(presenter.confirmations.isEmpty()); // nothing typed, nothing to lose
        editor.show();
        type(field<QLineEdit>(editor, "firstName"), QStringLiteral("Ann"));
        presenter.confirmAnswers.enqueue(false);
        editor.reject();
        QCOMPARE(presenter.confirmations.size(), 1);
        QVERIFY(editor.isVisible());
        presenter.confirmAnswers.enqueue(true);
        editor.reject();
        QVERIFY(!editor.isVisible());
    }

    void theTimelineAddsANoteAndTicksATaskOff()
    {
        Test::TestWorkspace ws;
        addCustomFields(ws.get());
        Test::ScriptedPresenter presenter;
        const qint64 id = createAnnLee(ws, presenter);
        ContactEditor editor(ws.get(), &presenter, id);
        editor.show();
        TimelineWidget *timeline = editor.timeline();
        QVERIFY(editor.tabs()->isTabEnabled(editor.tabs()->indexOf(timeline)));
        QAbstractItemModelTester tester(timeline->model());

        timeline->bodyEdit()->setPlainText(QStringLiteral("Prefers calls in the morning."));
        QVERIFY(timeline->addEntry());
        QCOMPARE(timeline->model()->rowCount(), 1);
        QCOMPARE(timeline->model()->index(0, 0).data().toString(), QStringLiteral("Prefers calls in the morning."));

        timeline->kindCombo()->setCurrentIndex(timeline->kindCombo()->findData(QStringLiteral("task")));
        timeline->subjectEdit()->setText(QStringLiteral("Send the offer"));
        QVERIFY(timeline->addEntry());
        QCOMPARE(timeline->model()->rowCount(), 2);
        int task = -1;
        for (int r = 0; r < timeline->model()->rowCount(); ++r)
            if (timeline->model()->index(r, 0).data(TimelineModel::KindRole) == QLatin1String("task"))
                task = r;
        QVERIFY(task >= 0);
        QVERIFY(timeline->model()->setData(timeline->model()->index(task, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(timeline->model()->index(task, 0).data(TimelineModel::DoneRole).toBool(), true);
        // The contact itself was not touched: three steps, none of them an edit of Ann.
        QCOMPARE(ws->undoStack()->count(), 4);
        QVERIFY(!editor.hasChanges());
    }

    void aNewContactCannotHaveTimelineEntriesYet()
    {
        Test::TestWorkspace ws;
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        QVERIFY(!editor.tabs()->isTabEnabled(editor.tabs()->indexOf(editor.timeline())));
        // Without custom fields the tab has nothing to offer and is not shown.
        QVERIFY(!editor.tabs()->isTabVisible(editor.tabs()->indexOf(editor.customFields()->parentWidget()->parentWidget())));
    }
};

QTEST_MAIN(TestContactEditor)
#include "tst_contacteditor.moc"
