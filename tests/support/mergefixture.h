#pragma once

#include "domain/contact.h"
#include "domain/customfielddef.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"
#include "stores/customfieldstore.h"
#include "stores/timelinestore.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace Kempt::Test {

// Three records of one person (Ann Lee, Anna Lee, Annie Lee) with every kind of link a
// merge moves, and an unrelated contact (Bob), written as one batch.
struct MergeFixture
{
    qint64 ann = 0;   // most complete; manual entry
    qint64 anna = 0;  // most recently updated; imported
    qint64 annie = 0; // oldest; opted out of e-mail
    qint64 bob = 0;   // not a duplicate of anyone
    qint64 shoeField = 0;
    qint64 dealOfAnna = 0;   // deals.contact_id = anna
    qint64 dealOfAnn = 0;    // deals.contact_id = ann, deal_contacts: ann and anna
    qint64 noteOfAnna = 0;
    qint64 noteOfBob = 0;
    qint64 callOfAnna = 0;
};

inline Contact fixtureContact(const QString &first, const QString &last, const QString &updatedAt)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.createdAt = QStringLiteral("2023-01-01T09:00:00Z");
    c.updatedAt = updatedAt;
    return c;
}

inline Result buildMergeFixture(Workspace *ws, MergeFixture *f)
{
    return ws->write(BatchKind::System, QStringLiteral("fixture"), [f](QSqlDatabase db) {
        CustomFieldDef shoe;
        shoe.label = QStringLiteral("Shoe size");
        Result r = CustomFieldStore(db).create(shoe);
        if (!r)
            return r;
        f->shoeField = shoe.id;
        ContactStore store(db);

        Contact ann = fixtureContact(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("2024-01-10T10:00:00Z"));
        ann.jobTitle = QStringLiteral("Engineer");
        ann.department = QStringLiteral("R&D");
        ann.companyName = QStringLiteral("Acme GmbH");
        ann.ownerName = QStringLiteral("Sam");
        ann.street = QStringLiteral("Hauptstr. 1");
        ann.city = QStringLiteral("Berlin");
        ann.postcode = QStringLiteral("10115");
        ann.country = QStringLiteral("DE");
        ann.leadSource = QStringLiteral("Web");
        ann.emails = {EmailAddress{0, QStringLiteral("ann@acme.example"), QStringLiteral("work"), true}};
        ann.phones = {PhoneNumber{0, QStringLiteral("+49 30 1234567"), QStringLiteral("+49301234567"), QStringLiteral("work"), true}};
        ann.tags = {QStringLiteral("VIP")};
        ann.custom.insert(shoe.key, QStringLiteral("38"));
        if (!(r = store.insert(ann)))
            return r;
        f->ann = ann.id;

        Contact anna = fixtureContact(QStringLiteral("Anna"), QStringLiteral("Lee"), QStringLiteral("2024-03-01T10:00:00Z"));
        anna.jobTitle = QStringLiteral("CTO");
        anna.companyName = QStringLiteral("Acme Holdings");
        anna.birthday = QStringLiteral("1985-04-03");
        anna.country = QStringLiteral("DE");
        anna.emails = {EmailAddress{0, QStringLiteral(" ANN@acme.example"), QStringLiteral("work"), true},
                       EmailAddress{0, QStringLiteral("anna.lee@home.example"), QStringLiteral("home"), false}};
        anna.phones = {PhoneNumber{0, QStringLiteral("030 1234567"), QString(), QStringLiteral("work"), true},
                       PhoneNumber{0, QStringLiteral("+49 171 2345678"), QStringLiteral("+491712345678"), QStringLiteral("mobile"), false}};
        anna.socials = {SocialProfile{0, QStringLiteral("linkedin"), QStringLiteral("https://www.linkedin.com/in/annalee")}};
        anna.tags = {QStringLiteral("VIP"), QStringLiteral("Partner")};
        anna.custom.insert(shoe.key, QStringLiteral("39"));
        if (!(r = store.insert(anna)))
            return r;
        f->anna = anna.id;

        Contact annie = fixtureContact(QStringLiteral("Annie"), QStringLiteral("Lee"), QStringLiteral("2023-12-01T10:00:00Z"));
        annie.doNotEmail = true;
        annie.emails = {EmailAddress{0, QStringLiteral("annie@lee.example"), QStringLiteral("other"), true}};
        annie.tags = {QStringLiteral("Newsletter")};
        if (!(r = store.insert(annie)))
            return r;
        f->annie = annie.id;

        Contact bob = fixtureContact(QStringLiteral("Bob"), QStringLiteral("Stone"), QStringLiteral("2024-02-01T10:00:00Z"));
        bob.jobTitle = QStringLiteral("Buyer");
        bob.emails = {EmailAddress{0, QStringLiteral("bob@stone.example"), QStringLiteral("work"), true}};
        bob.tags = {QStringLiteral("VIP")};
        if (!(r = store.insert(bob)))
            return r;
        f->bob = bob.id;

        QSqlQuery q(db);
        // Anna came from an import.
        if (!(r = exec(q, QStringLiteral("UPDATE contacts SET import_batch_id = 7 WHERE id = ?"), {f->anna})))
            return r;

        TimelineStore timeline(db);
        if (!(r = timeline.addNote(Entity::Contact, f->anna, QStringLiteral("Met at the fair"), QStringLiteral("Sam"), &f->noteOfAnna)))
            return r;
        qint64 other = 0;
        if (!(r = timeline.addNote(Entity::Contact, f->ann, QStringLiteral("Prefers e-mail"), QStringLiteral("Sam"), &other)))
            return r;
        if (!(r = timeline.addNote(Entity::Contact, f->annie, QStringLiteral("Newsletter sign-up"), QStringLiteral("Sam"), &other)))
            return r;
        if (!(r = timeline.addNote(Entity::Contact, f->bob, QStringLiteral("Bob's note"), QStringLiteral("Sam"), &f->noteOfBob)))
            return r;
        TimelineEntry call;
        call.kind = TimelineKind::Call;
        call.subject = QStringLiteral("Intro call");
        call.occurredAt = QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC);
        if (!(r = timeline.addActivity(Entity::Contact, f->anna, call)))
            return r;
        f->callOfAnna = call.id;

        if (!(r = exec(q, QStringLiteral("INSERT INTO pipelines(name) VALUES ('Sales')"))))
            return r;
        const qint64 pipeline = q.lastInsertId().toLongLong();
        if (!(r = exec(q, QStringLiteral("INSERT INTO stages(pipeline_id, name) VALUES (?, 'Lead')"), {pipeline})))
            return r;
        const qint64 stage = q.lastInsertId().toLongLong();
        const QString deal = QStringLiteral("INSERT INTO deals(title, pipeline_id, stage_id, contact_id) VALUES (?, ?, ?, ?)");
        if (!(r = exec(q, deal, {QStringLiteral("Licences"), pipeline, stage, f->anna})))
            return r;
        f->dealOfAnna = q.lastInsertId().toLongLong();
        if (!(r = exec(q, deal, {QStringLiteral("Support"), pipeline, stage, f->ann})))
            return r;
        f->dealOfAnn = q.lastInsertId().toLongLong();
        const QString link = QStringLiteral("INSERT INTO deal_contacts(deal_id, contact_id) VALUES (?, ?)");
        for (const auto &[dealId, contactId] : {std::pair{f->dealOfAnn, f->ann}, std::pair{f->dealOfAnn, f->anna},
                                                std::pair{f->dealOfAnna, f->annie}})
            if (!(r = exec(q, link, {dealId, contactId})))
                return r;
        return Result::success();
    });
}

// The user data a merge may touch, one entry per cell ("table|rowid|column"), so that
// "restores exactly" is checked value by value.
inline QStringList mergeTables()
{
    return {QStringLiteral("contacts"), QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
            QStringLiteral("social_profiles"), QStringLiteral("tags"), QStringLiteral("contact_tags"),
            QStringLiteral("custom_fields"), QStringLiteral("custom_values"), QStringLiteral("companies"),
            QStringLiteral("users"), QStringLiteral("notes"), QStringLiteral("activities"), QStringLiteral("deals"),
            QStringLiteral("deal_contacts"), QStringLiteral("pipelines"), QStringLiteral("stages")};
}

using CellDump = QMap<QString, QString>;

inline CellDump cellDump(QSqlDatabase db, const QStringList &tables = mergeTables())
{
    CellDump cells;
    for (const QString &table : tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT rowid AS kempt_rowid, * FROM %1 ORDER BY rowid").arg(table)))
            qFatal("cannot dump %s", qPrintable(table));
        const QSqlRecord record = q.record();
        while (q.next()) {
            const QString row = QStringLiteral("%1|%2|").arg(table, q.value(0).toString());
            cells.insert(row, QStringLiteral("<row>"));
            for (int i = 1; i < record.count(); ++i)
                cells.insert(row + record.fieldName(i), q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        }
    }
    return cells;
}

// base with every cell that changed from `from` to `to` changed the same way.
inline CellDump withChanges(CellDump base, const CellDump &from, const CellDump &to)
{
    QStringList keys = from.keys() + to.keys();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        if (from.value(k) == to.value(k) && from.contains(k) == to.contains(k))
            continue;
        if (to.contains(k))
            base.insert(k, to.value(k));
        else
            base.remove(k);
    }
    return base;
}

// "" when equal, else the first differing cells, for QVERIFY2.
inline QString cellDifferences(const CellDump &expected, const CellDump &actual)
{
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList lines;
    for (const QString &k : std::as_const(keys))
        if (expected.value(k, QStringLiteral("<missing>")) != actual.value(k, QStringLiteral("<missing>")))
            lines << QStringLiteral("%1: expected %2, got %3").arg(k, expected.value(k, QStringLiteral("<missing>")),
                                                                  actual.value(k, QStringLiteral("<missing>")));
    return lines.mid(0, 20).join(QLatin1Char('\n'));
}

} // namespace Kempt::Test
