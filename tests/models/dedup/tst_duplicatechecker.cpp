#include "dedup/attachdedup.h"
#include "dedup/contactrecordreader.h"
#include "dedup/dedupkeyindex.h"
#include "dedup/duplicatechecker.h"
#include "dedup/duplicatefinder.h"
#include "dedup/notduplicates.h"
#include "storage/sqlerror.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <cmath>
#include <QTest>

using namespace Kempt;

// The workspace side: a full scan reads the contacts and respects "not a duplicate"; the
// incremental check finds a new or edited contact's duplicates through the stored index,
// which every change batch keeps current.
class TestDuplicateChecker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestWorkspace> m_ws;

    qint64 addContact(const QString &first, const QString &last, const QString &email, const QString &phone,
                      const QString &city = QStringLiteral("Berlin"))
    {
        qint64 id = 0;
        const Result r = (*m_ws)->write(BatchKind::Edit, QStringLiteral("add"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name, city, country) VALUES (?, ?, ?, ?, 'DE')"),
                            {first, last, first + QLatin1Char(' ') + last, city});
            if (!r)
                return r;
            id = q.lastInsertId().toLongLong();
            if (!email.isEmpty() && !(r = exec(q, QStringLiteral("INSERT INTO contact_emails(contact_id, address, is_primary) VALUES (?, ?, 1)"), {id, email})))
                return r;
            if (!phone.isEmpty())
                r = exec(q, QStringLiteral("INSERT INTO contact_phones(contact_id, number, is_primary) VALUES (?, ?, 1)"), {id, phone});
            return r;
        });
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        return id;
    }

    void addPeople()
    {
        addContact(QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"), QStringLiteral("+49 30 1234567"));
        addContact(QStringLiteral("Steven"), QStringLiteral("Miller"), QStringLiteral("steven@miller.de"), QStringLiteral("+49 40 7654321"));
        addContact(QStringLiteral("Мария"), QStringLiteral("Иванова"), QStringLiteral("m.ivanova@mail.ru"), QStringLiteral("+7 912 345 6789"), QStringLiteral("Москва"));
        for (int i = 0; i < 40; ++i)
            addContact(QStringLiteral("Person%1").arg(i), QStringLiteral("Family%1").arg(i * 7), QStringLiteral("p%1@example.org").arg(i),
                       QStringLiteral("+49 89 55%1").arg(10000 + i));
    }

    static DupRecord typed(const QString &first, const QString &last, const QString &email, const QString &phone)
    {
        DupRecord r;
        r.givenName = first;
        r.surname = last;
        if (!email.isEmpty())
            r.emails << email;
        if (!phone.isEmpty())
            r.phones << phone;
        r.city = QStringLiteral("Berlin");
        r.country = QStringLiteral("DE");
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TestWorkspace>();
        attachDedup(m_ws->get());
        addPeople();
    }

    void aNewRecordFindsItsDuplicate()
    {
        DuplicateChecker checker((*m_ws)->db());
        QVERIFY(checker.open().ok());
        QList<DuplicateChecker::Match> matches;
        QVERIFY(checker.check(typed(QStringLiteral("K."), QStringLiteral("Gomez"), QStringLiteral("Karen.Gomez@example.com"),
                                    QStringLiteral("030 1234567")),
                              &matches)
                    .ok());
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().band, MatchBand::Sure);
        QCOMPARE(matches.first().contactId, qint64(1));
        const PairExplanation &e = matches.first().explanation;
        QVERIFY(!e.evidence.isEmpty());
        bool emailAgreed = false;
        for (const auto &ev : e.evidence)
            emailAgreed |= ev.field == MatchField::Email && ev.level == MatchField::EmailExact && ev.weight > 0;
        QVERIFY(emailAgreed);
    }

    void aTransliteratedNameMeetsItsOriginal()
    {
        DuplicateChecker checker((*m_ws)->db());
        QList<DuplicateChecker::Match> matches;
        DupRecord r = typed(QStringLiteral("Maria"), QStringLiteral("Ivanova"), QString(), QStringLiteral("+7 912 345 6789"));
        r.city = QStringLiteral("Moskva");
        r.country = QStringLiteral("RU");
        QVERIFY(checker.check(r, &matches).ok());
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().contactId, qint64(3));
    }

    void anUnrelatedRecordHasNoMatch()
    {
        DuplicateChecker checker((*m_ws)->db());
        QList<DuplicateChecker::Match> matches;
        QVERIFY(checker.check(typed(QStringLiteral("Olga"), QStringLiteral("Petrova"), QStringLiteral("olga@petrova.ru"), QString()), &matches).ok());
        QVERIFY(matches.isEmpty());
    }

    void anEditedContactIsNotItsOwnDuplicate()
    {
        DuplicateChecker checker((*m_ws)->db());
        QList<DuplicateChecker::Match> matches;
        DupRecord r = typed(QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"), QString());
        r.id = QStringLiteral("1");
        QVERIFY(checker.check(r, &matches).ok());
        QVERIFY(matches.isEmpty());
    }

    void theIndexFollowsEveryChangeBatch()
    {
        DuplicateChecker checker((*m_ws)->db());
        QVERIFY(checker.open().ok());
        const qint64 added = addContact(QStringLiteral("Walter"), QStringLiteral("Sobchak"), QStringLiteral("walter@bowling.com"), QString());
        QList<DuplicateChecker::Match> matches;
        const DupRecord walter = typed(QStringLiteral("Walter"), QStringLiteral("Sobchak"), QStringLiteral("walter@bowling.com"), QString());
        QVERIFY(checker.check(walter, &matches).ok());
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().contactId, added);
        // Into the trash: no longer a candidate.
        QVERIFY((*m_ws)->write(BatchKind::Edit, QStringLiteral("trash"), [&](QSqlDatabase db) {
                       QSqlQuery q(db);
                       return exec(q, QStringLiteral("UPDATE contacts SET deleted_at = '2024-01-01T00:00:00Z' WHERE id = ?"), {added});
                   }).ok());
        QVERIFY(checker.check(walter, &matches).ok());
        QVERIFY(matches.isEmpty());
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM dedup_keys WHERE contact_id = ?"), {added}).toInt(), 0);
    }

    void batchesWrittenWithoutTheObserverAreCaughtUp()
    {
        DuplicateChecker checker((*m_ws)->db());
        QVERIFY(checker.open().ok());
        // A second workspace object on the same file writes without the observer.
        Workspace plain;
        QVERIFY(plain.open(m_ws->path()).ok());
        QVERIFY(plain.write(BatchKind::Edit, QStringLiteral("add"), [](QSqlDatabase db) {
                         QSqlQuery q(db);
                         Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name) VALUES ('Jeffrey', 'Lebowski')"));
                         if (r)
                             r = exec(q, QStringLiteral("INSERT INTO contact_emails(contact_id, address) VALUES (?, 'dude@bowling.com')"),
                                      {q.lastInsertId()});
                         return r;
                     }).ok());
        plain.close();
        QList<DuplicateChecker::Match> matches;
        QVERIFY(checker.check(typed(QStringLiteral("Jeff"), QStringLiteral("Lebowski"), QStringLiteral("dude@bowling.com"), QString()), &matches).ok());
        QCOMPARE(matches.size(), 1);
    }

    void aBatchOfRecordsIsCheckedRecordByRecord()
    {
        DuplicateChecker checker((*m_ws)->db());
        QList<QList<DuplicateChecker::Match>> matches;
        QVERIFY(checker.checkBatch({typed(QStringLiteral("Steven"), QStringLiteral("Miller"), QStringLiteral("steven@miller.de"), QString()),
                                    typed(QStringLiteral("Nobody"), QStringLiteral("Known"), QString(), QString())},
                                   &matches)
                    .ok());
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).size(), 1);
        QCOMPARE(matches.at(0).first().contactId, qint64(2));
        QVERIFY(matches.at(1).isEmpty());
    }

    // The batch reads in a read transaction of its own; it must find what one check per
    // record finds, and leave a transaction the caller holds open as it was.
    void aBatchFindsWhatEachCheckFinds_data()
    {
        QTest::addColumn<bool>("insideTransaction");
        QTest::newRow("outside a transaction") << false;
        QTest::newRow("inside the caller's transaction") << true;
    }
    void aBatchFindsWhatEachCheckFinds()
    {
        QFETCH(bool, insideTransaction);
        const QList<DupRecord> records{
            typed(QStringLiteral("K."), QStringLiteral("Gomez"), QStringLiteral("Karen.Gomez@example.com"), QStringLiteral("030 1234567")),
            typed(QStringLiteral("Nobody"), QStringLiteral("Known"), QString(), QString()),
            typed(QStringLiteral("Steven"), QStringLiteral("Miller"), QStringLiteral("steven@miller.de"), QString()),
            typed(QStringLiteral("Olga"), QStringLiteral("Petrova"), QStringLiteral("olga@petrova.ru"), QString())};
        DuplicateChecker single((*m_ws)->db());
        QList<QList<DuplicateChecker::Match>> expected;
        for (const DupRecord &record : records) {
            QList<DuplicateChecker::Match> found;
            QVERIFY(single.check(record, &found));
            expected << found;
        }
        QSqlDatabase db = (*m_ws)->db();
        if (insideTransaction)
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
        DuplicateChecker batch(db);
        QList<QList<DuplicateChecker::Match>> matches;
        QVERIFY(batch.checkBatch(records, &matches));
        QCOMPARE(matches.size(), expected.size());
        int found = 0;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(matches.at(i).size(), expected.at(i).size());
            for (int k = 0; k < expected.at(i).size(); ++k) {
                QCOMPARE(matches.at(i).at(k).contactId, expected.at(i).at(k).contactId);
                QCOMPARE(matches.at(i).at(k).score, expected.at(i).at(k).score);
                ++found;
            }
        }
        QVERIFY(found >= 2);
        // Still in the caller's transaction (COMMIT succeeds), or in none (it fails).
        QCOMPARE(QSqlQuery(db).exec(QStringLiteral("COMMIT")), insideTransaction);
    }

    void aWorkspaceWithoutContactsIsKnownToBeEmpty()
    {
        DuplicateChecker populated((*m_ws)->db());
        QVERIFY(populated.open());
        QVERIFY(!populated.workspaceWasEmpty());
        Test::TestWorkspace empty;
        attachDedup(empty.get());
        DuplicateChecker checker(empty->db());
        QVERIFY(!checker.workspaceWasEmpty()); // not opened yet: unknown
        QVERIFY(checker.open());
        QVERIFY(checker.workspaceWasEmpty());
    }

    void aFullScanRespectsNotDuplicates()
    {
        const qint64 twin = addContact(QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"),
                                       QStringLiteral("+49 30 1234567"));
        const auto scan = [this](QList<QPair<QString, QString>> apart) {
            ContactRecordReader reader;
            if (!reader.open((*m_ws)->db()))
                return -1;
            DuplicateFinder finder;
            finder.setNotDuplicates(apart);
            if (!finder.run(reader))
                return -1;
            return int(finder.groups().size());
        };
        QCOMPARE(scan({}), 1);
        QVERIFY((*m_ws)->write(BatchKind::Edit, QStringLiteral("not a duplicate"), [&](QSqlDatabase db) {
                       QSqlQuery q(db);
                       return exec(q, QStringLiteral("INSERT INTO not_duplicates(entity, a_id, b_id) VALUES ('contact', 1, ?)"), {twin});
                   }).ok());
        QList<QPair<QString, QString>> apart;
        QVERIFY(NotDuplicates::read((*m_ws)->db(), &apart).ok());
        QCOMPARE(apart.size(), 1);
        QCOMPARE(scan(apart), 0);
        // The incremental check respects it too.
        DuplicateChecker checker((*m_ws)->db());
        QList<DuplicateChecker::Match> matches;
        DupRecord r = typed(QStringLiteral("Karen"), QStringLiteral("Gomez"), QStringLiteral("karen.gomez@example.com"), QString());
        r.id = QString::number(twin);
        QVERIFY(checker.check(r, &matches).ok());
        QVERIFY(matches.isEmpty());
    }

    void theModelOfAScanIsStoredForTheCheck()
    {
        MatchModel model = MatchModel::defaults();
        model.setPrior(-12.5);
        QVERIFY(DedupKeyIndex::saveModel((*m_ws)->db(), model, 1000).ok());
        qint64 records = 0;
        bool found = false;
        const MatchModel loaded = DedupKeyIndex::loadModel((*m_ws)->db(), &records, &found);
        QVERIFY(found);
        QCOMPARE(records, qint64(1000));
        QCOMPARE(loaded.prior(), -12.5);
        QCOMPARE(loaded.m(MatchField::Email, 1), model.m(MatchField::Email, 1));
    }

    void aDamagedStoredModelKeepsTheDefaultsForWhatIsDamaged()
    {
        const MatchModel defaults = MatchModel::defaults();
        QJsonObject json = defaults.toJson();
        QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
        QJsonObject email = fields.value(MatchField::name(MatchField::Email)).toObject();
        QJsonArray m = email.value(QStringLiteral("m")).toArray();
        m[0] = 7.5; // not a share
        email.insert(QStringLiteral("m"), m);
        fields.insert(MatchField::name(MatchField::Email), email);
        json.insert(QStringLiteral("fields"), fields);
        json.insert(QStringLiteral("prior"), QStringLiteral("minus a lot"));
        bool ok = true;
        const MatchModel loaded = MatchModel::fromJson(json, &ok);
        QVERIFY(!ok);
        QCOMPARE(loaded.prior(), defaults.prior());
        QCOMPARE(loaded.m(MatchField::Email, 1), defaults.m(MatchField::Email, 1));
        QVERIFY(std::isfinite(loaded.weight(MatchField::Email, 1, 0)));
        QVERIFY(MatchModel::fromJson(defaults.toJson(), &ok).prior() == defaults.prior() && ok);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateChecker)
#include "tst_duplicatechecker.moc"
