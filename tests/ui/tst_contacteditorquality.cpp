#include "contacteditor.h"
#include "labeledvaluelist.h"
#include "livequalitycheck.h"
#include "mainwindow.h"
#include "qualityfilterbutton.h"
#include "qualityissuepanel.h"
#include "recordspage.h"
#include "support/scriptedpresenter.h"
#include "qualityworkspace.h"

#include "itemmodels/qualitycolumn.h"
#include "itemmodels/qualityissuemodel.h"
#include "itemmodels/recordtablemodel.h"
#include "stores/contactstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Kempt;

namespace {

template <typename T>
T *field(ContactEditor &editor, const char *name)
{
    T *w = editor.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no input %s", name);
    return w;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

QStringList ruleIds(const QList<QualityIssue> &issues)
{
    QStringList ids;
    for (const QualityIssue &i : issues)
        ids << i.ruleId + QLatin1Char('/') + i.field;
    ids.sort();
    return ids;
}

} // namespace

// The style guide in the contact editor and the contacts table: findings marked as the
// person types, the record's stored findings beside its fields, errors blocking a save,
// and the table's Quality column and filter.
class TestContactEditorQuality : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("KemptTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_contacteditorquality"));
    }

    void aMistypedEmailIsMarkedWithItsReasonAndSuggestion()
    {
        Test::TestWorkspace ws;
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        QAbstractItemModelTester tester(editor.qualityCheck()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        type(field<QLineEdit>(editor, "firstName"), QStringLiteral("Ann"));
        QLineEdit *email = editor.emailList()->valueEdit(0);
        type(email, QStringLiteral("ann@gmial.com"));
        QTRY_VERIFY(editor.qualityCheck()->markOf(email).contains(QStringLiteral("ann@gmail.com")));
        const auto found = std::find_if(editor.qualityCheck()->issues().begin(), editor.qualityCheck()->issues().end(),
                                        [](const QualityIssue &i) { return i.field == QLatin1String("email"); });
        QVERIFY(found != editor.qualityCheck()->issues().end());
        QCOMPARE(found->suggestion, QStringLiteral("ann@gmail.com"));
        QVERIFY(editor.qualityCheck()->applySuggestion(*found));
        QCOMPARE(email->text(), QStringLiteral("ann@gmail.com"));
        QVERIFY(editor.qualityCheck()->markOf(email).isEmpty());
    }

    void casingIsOfferedAsAnAutomaticFix()
    {
        Test::TestWorkspace ws;
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        QLineEdit *last = field<QLineEdit>(editor, "lastName");
        type(field<QLineEdit>(editor, "firstName"), QStringLiteral("ANN"));
        type(last, QStringLiteral("o'brien"));
        QTRY_VERIFY(editor.qualityCheck()->markOf(last).contains(QStringLiteral("O'Brien")));
        QVERIFY(editor.qualityCheck()->panel()->fixAllButton()->isVisibleTo(&editor));
        QVERIFY(editor.qualityCheck()->applyAllFixes() >= 2);
        QCOMPARE(field<QLineEdit>(editor, "firstName")->text(), QStringLiteral("Ann"));
        QCOMPARE(last->text(), QStringLiteral("O'Brien"));
    }

    void anErrorOfTheGuideBlocksSaving()
    {
        Test::TestWorkspace ws;
        Test::ScriptedPresenter presenter;
        ContactEditor editor(ws.get(), &presenter);
        editor.show();
        type(field<QLineEdit>(editor, "firstName"), QStringLiteral("Ann"));
        type(field<QLineEdit>(editor, "company"), QStringLiteral("Acme"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(ws->undoStack()->count(), 0);
        QVERIFY(editor.qualityCheck()->hasErrors());
        QCOMPARE(editor.errorText(), editor.qualityCheck()->firstError().message);
        type(editor.emailList()->valueEdit(0), QStringLiteral("ann@acme.example"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(ws->undoStack()->count(), 1);
    }

    void aStoredContactShowsItsStoredFindings()
    {
        Test::QualityWorkspace ws;
        Test::ScriptedPresenter presenter;
        for (qint64 id : {qint64(3), qint64(8), qint64(14)}) {
            ContactEditor editor(ws.get(), &presenter, id);
            QList<QualityIssue> stored;
            QSqlQuery q(ws->db());
            q.prepare(QStringLiteral("SELECT rule, field FROM quality_issues WHERE entity = 'contact' AND entity_id = ?"));
            q.addBindValue(id);
            QVERIFY(q.exec());
            while (q.next())
                stored.append({Entity::Contact, id, q.value(0).toString(), q.value(1).toString()});
            QVERIFY(!stored.isEmpty());
            QCOMPARE(ruleIds(editor.qualityCheck()->issues()), ruleIds(stored));
            QCOMPARE(editor.qualityCheck()->panel()->view()->model()->rowCount(), stored.size());
        }
    }

    void theContactsTableShowsAQualityColumnAndFiltersByIt()
    {
        Test::QualityWorkspace ws;
        Test::ScriptedPresenter presenter;
        MainWindow window(ws.get(), &presenter);
        window.show();
        RecordsPage *page = window.contactsPage();
        auto *button = page->findChild<QualityFilterButton *>(QStringLiteral("qualityFilter"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Quality"));
        button->setColumnShown(true);
        QVERIFY(page->visibleColumns().contains(QualityColumn::key()));
        button->setQualityFilter(QStringLiteral("error"), true);
        QCOMPARE(button->text(), QStringLiteral("Quality: errors"));
        const qint64 errors = ws.scalar(QStringLiteral("SELECT count(DISTINCT entity_id) FROM quality_issues "
                                                       "WHERE entity = 'contact' AND severity = 'error'")).toLongLong();
        QCOMPARE(page->model()->totalCount(), errors);
        button->setQualityFilter(QStringLiteral("contact.stale"), true);
        QCOMPARE(button->text(), QStringLiteral("Quality: Not touched in 12 months"));
        QCOMPARE(page->model()->totalCount(), qint64(ws.recordsWith(QStringLiteral("contact.stale")).size()));
        button->clearQualityFilter();
        QCOMPARE(page->model()->totalCount(), qint64(300));
        button->setColumnShown(false);
        QVERIFY(!page->visibleColumns().contains(QualityColumn::key()));
    }
};

QTEST_MAIN(TestContactEditorQuality)
#include "tst_contacteditorquality.moc"
