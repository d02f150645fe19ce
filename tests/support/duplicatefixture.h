#pragma once

#include "domain/contact.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QStringList>

namespace Kempt::Test {

// Thirty people who are all different, and among them three sets of records of one
// person each: Karen Gomez twice (same e-mail and phone), Steven Miller as "Steve" with
// the same phone and address, and Ann Lee three times. Written as one batch, so that a
// scan finds the three groups and nothing else.
struct DuplicateFixture
{
    qint64 karen = 0;
    qint64 karenTwin = 0;
    qint64 steven = 0;
    qint64 steve = 0;
    QList<qint64> ann; // three records
    QList<qint64> others;
};

inline Contact fixturePerson(const QString &first, const QString &last, const QString &email, const QString &phone,
                             const QString &city = QStringLiteral("Berlin"))
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.city = city;
    c.country = QStringLiteral("DE");
    if (!email.isEmpty())
        c.emails = {EmailAddress{0, email, QStringLiteral("work"), true}};
    if (!phone.isEmpty())
        c.phones = {PhoneNumber{0, phone, QString(), QStringLiteral("work"), true}};
    return c;
}

inline Result buildDuplicateFixture(Workspace *ws, DuplicateFixture *f)
{
    return ws->write(BatchKind::System, QStringLiteral("fixture"), [f](QSqlDatabase db) {
        ContactStore store(db);
        const auto add = [&store](Contact c, qint64 *id) {
            const Result r = store.insert(c);
            *id = c.id;
            return r;
        };
        const QStringList given = {QStringLiteral("Olivia"), QStringLiteral("Liam"), QStringLiteral("Emma"), QStringLiteral("Noah"),
                                   QStringLiteral("Amelia"), QStringLiteral("Oliver"), QStringLiteral("Sophia"), QStringLiteral("Elijah"),
                                   QStringLiteral("Isabella"), QStringLiteral("Lucas")};
        const QStringList family = {QStringLiteral("Okafor"), QStringLiteral("Lindqvist"), QStringLiteral("Moreau"),
                                    QStringLiteral("Tanaka"), QStringLiteral("Kowalski"), QStringLiteral("Haddad"),
                                    QStringLiteral("Brennan"), QStringLiteral("Castillo"), QStringLiteral("Nakamura"),
                                    QStringLiteral("Van Dijk")};
        const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("Hamburg"), QStringLiteral("Munich")};
        Result r;
        for (int i = 0; i < 30 && r; ++i) {
            const QString first = given.at(i % 10);
            const QString last = family.at((i * 3 + i / 10) % 10);
            qint64 id = 0;
            r = add(fixturePerson(first, last, QStringLiteral("%1.%2%3@example.org").arg(first.toLower(), last.toLower().remove(QLatin1Char(' '))).arg(i),
                                  QStringLiteral("+49 89 %1").arg(5550100 + i * 37), cities.at(i % 3)),
                    &id);
            f->others << id;
        }
        if (r)
            r = add(fixturePerson(QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"),
                                  QStringLiteral("+49 30 1234567")),
                    &f->karen);
        if (r)
            r = add(fixturePerson(QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("Karen.Gomez@example.com"),
                                  QStringLiteral("030 1234567")),
                    &f->karenTwin);
        Contact steven = fixturePerson(QStringLiteral("Steven"), QStringLiteral("Miller"), QStringLiteral("steven@miller.de"),
                                       QStringLiteral("+49 40 7654321"), QStringLiteral("Hamburg"));
        steven.street = QStringLiteral("Elbchaussee 12");
        steven.postcode = QStringLiteral("22763");
        steven.jobTitle = QStringLiteral("Buyer");
        Contact steve = fixturePerson(QStringLiteral("Steve"), QStringLiteral("Miller"), QStringLiteral("steve.miller@gmail.com"),
                                      QStringLiteral("040 7654321"), QStringLiteral("Hamburg"));
        steve.street = QStringLiteral("Elbchaussee 12");
        steve.postcode = QStringLiteral("22763");
        steve.jobTitle = QStringLiteral("Head of Purchasing");
        if (r)
            r = add(steven, &f->steven);
        if (r)
            r = add(steve, &f->steve);
        const QList<std::pair<QString, QString>> anns = {{QStringLiteral("Ann"), QStringLiteral("ann.lee@acme.example")},
                                                         {QStringLiteral("Anna"), QStringLiteral("ann.lee@acme.example")},
                                                         {QStringLiteral("Ann"), QStringLiteral("ANN.LEE@acme.example")}};
        for (const auto &[first, email] : anns) {
            qint64 id = 0;
            Contact ann = fixturePerson(first, QStringLiteral("Lee"), email, QStringLiteral("+49 221 998877"), QStringLiteral("Cologne"));
            ann.companyName = QStringLiteral("Acme GmbH");
            if (r)
                r = add(ann, &id);
            f->ann << id;
        }
        return r;
    });
}

} // namespace Kempt::Test
