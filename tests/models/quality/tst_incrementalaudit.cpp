#include "testworkspace.h"
#include "audit/attachquality.h"
#include "audit/auditor.h"
#include "commands/deleterecords.h"
#include "commands/editcompany.h"
#include "commands/editcontact.h"
#include "commands/renametag.h"
#include "commands/restorerecords.h"
#include "commands/savestyleguide.h"
#include "commands/tagrecords.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "io/sampledata.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

// The stored issues are kept current batch by batch (IncrementalAudit); a full audit
// judges everything from scratch. Whatever is edited, undone or redone, the two must
// hold exactly the same findings.
class TestIncrementalAudit : public QObject
{
    Q_OBJECT

private:
    static QStringList issueRows(QSqlDatabase db)
    {
        QStringList rows;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT entity, entity_id, rule, field, severity, message, suggestion FROM quality_issues"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('\t'));
        }
        rows.sort();
        return rows;
    }

    // Compares what the batches left with what a full audit finds, and reports the
    // differing rows by name when they disagree.
    static void compareWithFullAudit(Workspace *workspace, const QString &step)
    {
        const QStringList incremental = issueRows(workspace->db());
        // From an empty table: the audit then writes every finding itself rather than
        // keeping the stored ones it agrees with.
        QSqlQuery clear(workspace->db());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM quality_issues")));
        AuditResult result;
        const Result r = Auditor(workspace->db()).run(nullptr, &result);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const QStringList full = issueRows(workspace->db());
        if (incremental != full) {
            QStringList onlyIncremental, onlyFull;
            for (const QString &row : incremental)
                if (!full.contains(row))
                    onlyIncremental << row;
            for (const QString &row : full)
                if (!incremental.contains(row))
                    onlyFull << row;
            QFAIL(qPrintable(QStringLiteral("after %1:\n only incremental:\n  %2\n only full audit:\n  %3")
                                 .arg(step, onlyIncremental.mid(0, 10).join(QStringLiteral("\n  ")),
                                      onlyFull.mid(0, 10).join(QStringLiteral("\n  ")))));
        }
    }

    static QList<qint64> ids(QSqlDatabase db, const QString &sql)
    {
        QList<qint64> list;
        QSqlQuery q(db);
        q.exec(sql);
        while (q.next())
            list << q.value(0).toLongLong();
        return list;
    }

private Q_SLOTS:
    void loadingSampleDataStoresWhatAFullAuditFinds()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 60));
        QVERIFY(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_issues")).toLongLong() > 0);
        compareWithFullAudit(ws.get(), QStringLiteral("loading the sample data"));
    }

    void attachingTwiceRegistersOneRefresher()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        attachQuality(ws.get());
        QCOMPARE(ws->batchObservers().size(), 1);
    }

    void trashedRecordsHaveNoIssuesAndRestoredOnesGetThemBack()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 40));
        const qint64 id = ws.scalar(QStringLiteral("SELECT entity_id FROM quality_issues WHERE entity = 'contact' LIMIT 1")).toLongLong();
        QVERIFY(id > 0);
        const QString count = QStringLiteral("SELECT count(*) FROM quality_issues WHERE entity = 'contact' AND entity_id = ?");
        const qint64 before = ws.scalar(count, {id}).toLongLong();
        ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Contact, RecordSelection::ofId(id), 1));
        QCOMPARE(ws.scalar(count, {id}).toLongLong(), 0);
        ws->undoStack()->undo();
        QCOMPARE(ws.scalar(count, {id}).toLongLong(), before);
        ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Contact, RecordSelection::ofId(id), 1));
        ws->undoStack()->push(new RestoreRecords(ws.get(), Entity::Contact, RecordSelection::ofId(id), 1));
        QCOMPARE(ws.scalar(count, {id}).toLongLong(), before);
    }

    void renamingACompanyRefreshesItsContacts()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 60));
        compareWithFullAudit(ws.get(), QStringLiteral("loading"));
        const qint64 company = ws.scalar(QStringLiteral("SELECT company_id FROM contacts WHERE company_id IS NOT NULL "
                                                        "AND deleted_at IS NULL LIMIT 1")).toLongLong();
        const QList<FieldDef> fields = FieldCatalog::fields(Entity::Company, ws->db());
        // Lowercase: the contacts' company casing rule now has something to say.
        ws->undoStack()->push(new UpdateField(ws.get(), Entity::Company, FieldCatalog::find(fields, QStringLiteral("name")),
                                              RecordSelection::ofId(company), QStringLiteral("  lowercase   holdings "), 1));
        QVERIFY(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_issues i JOIN contacts c ON c.id = i.entity_id "
                                         "WHERE i.entity = 'contact' AND i.field = 'company' AND c.company_id = ?"),
                          {company}).toLongLong() > 0);
        compareWithFullAudit(ws.get(), QStringLiteral("renaming a company"));
        ws->undoStack()->undo();
        compareWithFullAudit(ws.get(), QStringLiteral("undoing the rename"));
    }

    void savingAStyleGuideAsksForAFullAudit()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 20));
        QVERIFY(Auditor::needsFullAudit(ws->db())); // never audited
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QVERIFY(!Auditor::needsFullAudit(ws->db()));
        StyleGuide guide = StyleGuide::defaultGuide();
        QList<StyleGuideRule> rules = guide.rules();
        rules.removeFirst();
        guide.setRules(rules);
        ws->undoStack()->push(new SaveStyleGuide(ws.get(), guide, QStringLiteral("fewer rules")));
        QVERIFY(Auditor::needsFullAudit(ws->db()));
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QVERIFY(!Auditor::needsFullAudit(ws->db()));
        // From now on edits are judged by the new guide, and still agree with a full audit.
        const qint64 id = ws.scalar(QStringLiteral("SELECT id FROM contacts LIMIT 1")).toLongLong();
        const QList<FieldDef> fields = FieldCatalog::fields(Entity::Contact, ws->db());
        ws->undoStack()->push(new UpdateField(ws.get(), Entity::Contact, FieldCatalog::find(fields, QStringLiteral("first_name")),
                                              RecordSelection::ofId(id), QString(), 1));
        compareWithFullAudit(ws.get(), QStringLiteral("an edit under the new guide"));
    }

    void randomEditsKeepIssuesEqualToAFullAudit()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 80));
        QSqlDatabase db = ws->db();
        QRandomGenerator random(20240607);
        auto pick = [&random](const auto &list) { return list.at(int(random.bounded(quint32(list.size())))); };

        const QStringList emails = {QStringLiteral("anna.berg@gmail.com"), QStringLiteral("  Anna.Berg@GMAIL.COM "),
                                    QStringLiteral("ann@gmial.com"), QStringLiteral("not an address"),
                                    QStringLiteral("info@firma.de"), QStringLiteral("x@example.org"), QString()};
        const QStringList phones = {QStringLiteral("030 1234567"), QStringLiteral("+49 30 1234567"), QStringLiteral("12"),
                                    QStringLiteral("(212) 555-0199"), QStringLiteral("+44 20 7946 0958"),
                                    QStringLiteral("call me"), QString()};
        const QStringList countries = {QStringLiteral("DE"), QStringLiteral("Germany"), QStringLiteral("Deutschland"),
                                       QStringLiteral("atlantis"), QStringLiteral("us"), QStringLiteral(" FR "), QString()};
        const QStringList texts = {QStringLiteral("maria"), QStringLiteral("  O'Neil  "), QStringLiteral("VAN DER BERG"),
                                   QStringLiteral("José\u200B"), QStringLiteral("Mr."), QStringLiteral("Herr"),
                                   QStringLiteral("website"), QStringLiteral("03/04/1985"), QStringLiteral("1985-04-03"),
                                   QStringLiteral("acme gmbh"), QStringLiteral("11-50"), QString()};
        const QStringList tags = {QStringLiteral("Newsletter"), QStringLiteral("VIP"), QStringLiteral(" vip "),
                                  QStringLiteral("Partner")};
        const QStringList stamps = {QStringLiteral("2019-02-01T10:00:00Z"), QStringLiteral("2030-01-01T00:00:00Z"), QString()};

        auto valueFor = [&](const FieldDef &f) -> QVariant {
            switch (f.type) {
            case FieldType::Email: return pick(emails);
            case FieldType::Phone: return pick(phones);
            case FieldType::Country: return pick(countries);
            case FieldType::Bool: return random.bounded(2);
            case FieldType::DateTime: return pick(stamps);
            case FieldType::Tags: return QStringList{pick(tags), pick(tags)};
            default: return pick(texts);
            }
        };
        auto editable = [](const QList<FieldDef> &fields) {
            QList<FieldDef> list;
            for (const FieldDef &f : fields)
                if (f.editable && f.storage != FieldStorage::Computed && f.storage != FieldStorage::Custom)
                    list << f;
            return list;
        };
        const QList<FieldDef> contactFields = editable(FieldCatalog::fields(Entity::Contact, db));
        const QList<FieldDef> companyFields = editable(FieldCatalog::fields(Entity::Company, db));
        QVERIFY(!contactFields.isEmpty() && !companyFields.isEmpty());

        for (int step = 0; step < 300; ++step) {
            const QList<qint64> live = ids(db, QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NULL"));
            const QList<qint64> trashed = ids(db, QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NOT NULL"));
            const QList<qint64> companies = ids(db, QStringLiteral("SELECT id FROM companies WHERE deleted_at IS NULL"));
            QString what;
            const quint32 action = random.bounded(100u);
            if (action < 35 && !live.isEmpty()) {
                const FieldDef f = pick(contactFields);
                QList<qint64> selection{pick(live)};
                if (random.bounded(4u) == 0)
                    selection << pick(live) << pick(live);
                const QVariant value = valueFor(f);
                what = QStringLiteral("set contact %1 to %2").arg(f.key, value.toString());
                ws->undoStack()->push(new UpdateField(ws.get(), Entity::Contact, f, RecordSelection::ofIds(selection), value,
                                                      selection.size()));
            } else if (action < 45 && !companies.isEmpty()) {
                const FieldDef f = pick(companyFields);
                const QVariant value = valueFor(f);
                what = QStringLiteral("set company %1 to %2").arg(f.key, value.toString());
                ws->undoStack()->push(new UpdateField(ws.get(), Entity::Company, f, RecordSelection::ofId(pick(companies)), value, 1));
            } else if (action < 60 && !live.isEmpty()) {
                std::optional<Contact> c = ContactStore(db).load(pick(live));
                QVERIFY(c);
                c->firstName = pick(texts);
                c->country = pick(countries);
                if (!c->emails.isEmpty() && random.bounded(2u))
                    c->emails.removeFirst();
                if (random.bounded(2u))
                    c->emails.append(EmailAddress{0, pick(emails).trimmed().isEmpty() ? QStringLiteral("new@web.de") : pick(emails)});
                if (!c->phones.isEmpty() && random.bounded(2u))
                    c->phones.first().number = pick(phones).isEmpty() ? QStringLiteral("089 123456") : pick(phones);
                else
                    c->phones.append(PhoneNumber{0, QStringLiteral("0171 2345678")});
                c->tags = QStringList{pick(tags)};
                c->companyName = random.bounded(3u) ? c->companyName : QStringLiteral("Acme Holdings");
                c->ownerName = random.bounded(3u) ? c->ownerName : QStringLiteral("  zoe quality ");
                if (c->firstName.trimmed().isEmpty() && c->lastName.trimmed().isEmpty())
                    c->lastName = QStringLiteral("Person");
                what = QStringLiteral("edit contact %1").arg(c->id);
                ws->undoStack()->push(new EditContact(ws.get(), *c));
            } else if (action < 65 && !companies.isEmpty()) {
                std::optional<Company> c = CompanyStore(db).load(pick(companies));
                QVERIFY(c);
                c->name = random.bounded(2u) ? QStringLiteral("globex   corp") : c->name + QStringLiteral(" GmbH");
                c->tags = QStringList{pick(tags)};
                what = QStringLiteral("edit company %1").arg(c->id);
                ws->undoStack()->push(new EditCompany(ws.get(), *c));
            } else if (action < 70 && !live.isEmpty()) {
                what = QStringLiteral("tag contacts");
                ws->undoStack()->push(new TagRecords(ws.get(), Entity::Contact, RecordSelection::ofIds({pick(live), pick(live)}),
                                                     {pick(tags)}, 2));
            } else if (action < 73) {
                const QList<qint64> tagIds = ids(db, QStringLiteral("SELECT id FROM tags"));
                if (tagIds.isEmpty())
                    continue;
                // Names the whitespace, Unicode and consent rules have something to say about.
                const QStringList names = {QStringLiteral(" spaced  %1 "), QStringLiteral("Tag\u200B%1"),
                                           QStringLiteral("newsletter"), QStringLiteral("Newsletter")};
                QString name = pick(names);
                if (name.contains(QLatin1String("%1")))
                    name = name.arg(step);
                what = QStringLiteral("rename a tag to %1").arg(name);
                ws->undoStack()->push(new RenameTag(ws.get(), pick(tagIds), name));
            } else if (action < 77) {
                const QList<qint64> employers = ids(db, QStringLiteral("SELECT DISTINCT company_id FROM contacts "
                                                                       "WHERE company_id IS NOT NULL AND deleted_at IS NULL"));
                if (employers.isEmpty())
                    continue;
                const QString name = pick(texts);
                what = QStringLiteral("rename a company with contacts to %1").arg(name);
                ws->undoStack()->push(new UpdateField(ws.get(), Entity::Company, FieldCatalog::find(companyFields, QStringLiteral("name")),
                                                      RecordSelection::ofId(pick(employers)), name, 1));
            } else if (action < 81 && !live.isEmpty()) {
                what = QStringLiteral("trash contacts");
                ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Contact, RecordSelection::ofIds({pick(live), pick(live)}), 2));
            } else if (action < 83 && !companies.isEmpty()) {
                what = QStringLiteral("trash a company");
                ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Company, RecordSelection::ofId(pick(companies)), 1));
            } else if (action < 87 && !trashed.isEmpty()) {
                what = QStringLiteral("restore a contact");
                ws->undoStack()->push(new RestoreRecords(ws.get(), Entity::Contact, RecordSelection::ofId(pick(trashed)), 1));
            } else if (action < 95) {
                what = QStringLiteral("undo");
                ws->undoStack()->undo();
            } else {
                what = QStringLiteral("redo");
                ws->undoStack()->redo();
            }
            compareWithFullAudit(ws.get(), QStringLiteral("step %1 (%2)").arg(step).arg(what));
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestIncrementalAudit)
#include "tst_incrementalaudit.moc"
