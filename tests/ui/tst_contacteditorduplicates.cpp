#include "contacteditor.h"
#include "duplicatewarning.h"
#include "labeledvaluelist.h"
#include "support/scriptedpresenter.h"

#include "dedup/attachdedup.h"
#include "dedup/dedupkeyindex.h"
#include "stores/contactstore.h"
#include "duplicatefixture.h"
#include "testworkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

// The contact editor warns while a contact is typed that someone like it is already in
// the workspace, and offers to open that one, to merge, or to save anyway; without a
// match it shows nothing.
class TestContactEditorDuplicates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestWorkspace> m_ws;
    Test::DuplicateFixture m_f;
    Test::ScriptedPresenter m_presenter;

    Workspace *ws() { return m_ws->get(); }

    static void type(ContactEditor &editor, const char *name, const QString &text)
    {
        auto *edit = editor.findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Types a contact and waits for the check that follows the pause in typing.
    static void typeContact(ContactEditor &editor, const QString &first, const QString &last, const QString &email,
                            const QString &phone = QString())
    {
        QSignalSpy checked(editor.duplicateWarning(), &DuplicateWarning::checked);
        type(editor, "firstName", first);
        type(editor, "lastName", last);
        if (!email.isEmpty())
            QTest::keyClicks(editor.emailList()->valueEdit(0), email);
        if (!phone.isEmpty())
            QTest::keyClicks(editor.phoneList()->valueEdit(0), phone);
        // The check waits for a pause in typing, then runs once.
        QVERIFY(editor.duplicateWarning()->isPending());
        QTRY_VERIFY_WITH_TIMEOUT(!editor.duplicateWarning()->isPending(), 5000);
        QVERIFY(!checked.isEmpty());
    }

    qint64 liveContacts() { return ContactStore(ws()->db()).count(); }

private Q_SLOTS:
    void init()
    {
        m_presenter = Test::ScriptedPresenter();
        m_ws = std::make_unique<Test::TestWorkspace>();
        attachDedup(ws());
        m_f = Test::DuplicateFixture();
        QVERIFY(Test::buildDuplicateFixture(ws(), &m_f).ok());
    }

    void cleanup() { m_ws.reset(); }

    void typingSomeoneAlreadyThereShowsWhoAndWhy_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("reason");
        QTest::newRow("the same e-mail address") << QStringLiteral("Karen") << QStringLiteral("Gomez")
                                                 << QStringLiteral("karen.gomez@example.com") << QString()
                                                 << QStringLiteral("same e-mail address");
        QTest::newRow("the same name and phone") << QStringLiteral("Karen") << QStringLiteral("Gomez") << QString()
                                                 << QStringLiteral("+49 30 1234567") << QStringLiteral("same phone number");
    }

    void typingSomeoneAlreadyThereShowsWhoAndWhy()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, reason);
        ContactEditor editor(ws(), &m_presenter);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.duplicateWarning()->isVisible());
        typeContact(editor, first, last, email, phone);
        DuplicateWarning *warning = editor.duplicateWarning();
        QVERIFY(warning->isVisible());
        QVERIFY(QList<qint64>({m_f.karen, m_f.karenTwin}).contains(warning->matchId()));
        const QString text = warning->textLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Possible duplicate of Karen Gomez")), qPrintable(text));
        QVERIFY2(text.contains(reason), qPrintable(text));
        QVERIFY(warning->openButton()->isVisible());
        QVERIFY(warning->mergeButton()->isVisible());
        QVERIFY(warning->saveButton()->isVisible());
    }

    void someoneNewShowsNoWarning()
    {
        ContactEditor editor(ws(), &m_presenter);
        editor.show();
        typeContact(editor, QStringLiteral("Olga"), QStringLiteral("Petrova"), QStringLiteral("olga@petrova.example"));
        QVERIFY(!editor.duplicateWarning()->isVisible());
        QVERIFY(!editor.duplicateWarning()->hasMatch());
    }

    void anEditedContactIsNotWarnedAboutItself()
    {
        ContactEditor editor(ws(), &m_presenter, m_f.others.first());
        editor.show();
        QVERIFY(!editor.duplicateWarning()->hasMatch());
        // Its twin is, though.
        ContactEditor twin(ws(), &m_presenter, m_f.karenTwin);
        twin.show();
        QVERIFY(twin.duplicateWarning()->isVisible());
        QCOMPARE(twin.duplicateWarning()->matchId(), m_f.karen);
    }

    void theFirstCheckBuildsTheIndexOfASmallWorkspace()
    {
        DuplicateWarning warning(ws());
        Contact typed = Test::fixturePerson(QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"),
                                            QString());
        warning.setSource([&typed] { return typed; });
        QVERIFY(!DedupKeyIndex::isBuilt(ws()->db()));
        warning.checkNow();
        QVERIFY(DedupKeyIndex::isBuilt(ws()->db()));
        QVERIFY(warning.hasMatch());
        typed.firstName = QStringLiteral("Olga");
        typed.lastName = QStringLiteral("Petrova");
        typed.emails = {EmailAddress{0, QStringLiteral("olga@petrova.example"), QStringLiteral("work"), true}};
        warning.checkNow();
        QVERIFY(!warning.hasMatch());
    }

    void mergeSavesAndMergesAsOneUndoStep()
    {
        const qint64 before = liveContacts();
        const int steps = ws()->undoStack()->count();
        ContactEditor editor(ws(), &m_presenter);
        editor.show();
        typeContact(editor, QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"));
        const qint64 match = editor.duplicateWarning()->matchId();
        QVERIFY(match);
        type(editor, "jobTitle", QStringLiteral("Head of Sales"));
        QTest::mouseClick(editor.duplicateWarning()->mergeButton(), Qt::LeftButton);
        QVERIFY2(editor.result() == QDialog::Accepted, qPrintable(editor.errorText() + m_presenter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(liveContacts(), before);
        QCOMPARE(ws()->undoStack()->count(), steps + 1);
        // The contact already there stays, with what was typed.
        QCOMPARE(ContactStore(ws()->db()).load(match)->jobTitle, QStringLiteral("Head of Sales"));
        ws()->undoStack()->undo();
        QCOMPARE(liveContacts(), before);
        QCOMPARE(ContactStore(ws()->db()).count(true), before);
        QVERIFY(ContactStore(ws()->db()).load(match)->jobTitle.isEmpty());
    }

    void saveAnywaySavesARecordOfItsOwn()
    {
        const qint64 before = liveContacts();
        ContactEditor editor(ws(), &m_presenter);
        editor.show();
        typeContact(editor, QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"));
        QTest::mouseClick(editor.duplicateWarning()->saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(liveContacts(), before + 1);
    }

    void openItShowsTheContactAlreadyThere()
    {
        ContactEditor editor(ws(), &m_presenter);
        editor.show();
        typeContact(editor, QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"));
        const qint64 match = editor.duplicateWarning()->matchId();
        QTest::mouseClick(editor.duplicateWarning()->openButton(), Qt::LeftButton);
        ContactEditor *other = nullptr;
        for (ContactEditor *child : editor.findChildren<ContactEditor *>())
            if (child != &editor)
                other = child;
        QVERIFY(other);
        QCOMPARE(other->contactId(), match);
        QVERIFY(other->isVisible());
        // What was typed is still there.
        QCOMPARE(editor.contact().firstName, QStringLiteral("Karen"));
        other->reject();
    }
};

QTEST_MAIN(TestContactEditorDuplicates)
#include "tst_contacteditorduplicates.moc"
