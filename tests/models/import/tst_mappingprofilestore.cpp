#include "commands/deletemappingprofile.h"
#include "commands/savemappingprofile.h"
#include "import/mappingprofilestore.h"
#include "testworkspace.h"

#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

namespace {

const QStringList kHeaders{QStringLiteral("Given"), QStringLiteral("Family"), QStringLiteral("Mail"), QStringLiteral("Shoe size")};

ImportMapping mapping()
{
    ImportMapping m = ImportMapping::guess(kHeaders);
    m.setTarget(0, ImportMapping::Target::Field, QStringLiteral("first_name"));
    m.setTarget(1, ImportMapping::Target::Field, QStringLiteral("last_name"));
    m.setTarget(2, ImportMapping::Target::Field, QStringLiteral("email"));
    m.setTarget(3, ImportMapping::Target::Custom, QStringLiteral("Shoe size"));
    return m;
}

} // namespace

// Saved column mappings: offered again for files with the same headers, taken by name,
// refused for other files, and saved or deleted as edits that can be undone.
class TestMappingProfileStore : public QObject
{
    Q_OBJECT

private:
    static Result save(TestWorkspace &ws, MappingProfile &profile)
    {
        return ws->write(BatchKind::Edit, QStringLiteral("save"), [&](QSqlDatabase db) { return MappingProfileStore(db).save(profile); });
    }

private Q_SLOTS:
    void aSavedProfileIsOfferedForTheSameHeaders_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<bool>("offered");
        QTest::newRow("the same") << kHeaders << true;
        QTest::newRow("other case and spacing") << QStringList{QStringLiteral("given"), QStringLiteral(" FAMILY"), QStringLiteral("mail"),
                                                               QStringLiteral("Shoe  Size")}
                                                << true;
        QTest::newRow("another column") << QStringList{QStringLiteral("Given"), QStringLiteral("Family"), QStringLiteral("Mail")} << false;
        QTest::newRow("another order") << QStringList{QStringLiteral("Family"), QStringLiteral("Given"), QStringLiteral("Mail"),
                                                      QStringLiteral("Shoe size")}
                                       << false;
    }
    void aSavedProfileIsOfferedForTheSameHeaders()
    {
        QFETCH(QStringList, headers);
        QFETCH(bool, offered);
        TestWorkspace ws;
        MappingProfile profile;
        profile.name = QStringLiteral("Shop export");
        profile.mapping = mapping();
        QVERIFY(save(ws, profile));
        QVERIFY(profile.id > 0);
        const QList<MappingProfile> found = MappingProfileStore(ws->db()).forHeaders(headers);
        QCOMPARE(found.size(), offered ? 1 : 0);
        if (!offered)
            return;
        ImportMapping applied;
        const Result r = MappingProfileStore::apply(found.first(), headers, &applied);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(applied.at(3).target, ImportMapping::Target::Custom);
        QCOMPARE(applied.at(2).field, QStringLiteral("email"));
        QCOMPARE(applied.headers(), headers);
    }

    void aProfileForOtherColumnsIsRefusedByName()
    {
        TestWorkspace ws;
        MappingProfile profile;
        profile.name = QStringLiteral("Shop export");
        profile.mapping = mapping();
        QVERIFY(save(ws, profile));
        ImportMapping applied;
        const Result r = MappingProfileStore::apply(*MappingProfileStore(ws->db()).find(QStringLiteral("shop EXPORT")),
                                                    {QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Phone"),
                                                     QStringLiteral("City")},
                                                    &applied);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("Shop export")), qPrintable(r.message()));
    }

    void savingUnderAKnownNameReplacesIt()
    {
        TestWorkspace ws;
        MappingProfile first;
        first.name = QStringLiteral("Shop");
        first.mapping = mapping();
        QVERIFY(save(ws, first));
        MappingProfile second;
        second.name = QStringLiteral("  shop ");
        second.mapping = ImportMapping::guess({QStringLiteral("Name"), QStringLiteral("Email")});
        QVERIFY(save(ws, second));
        QCOMPARE(second.id, first.id);
        const QList<MappingProfile> all = MappingProfileStore(ws->db()).list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().mapping.headers(), (QStringList{QStringLiteral("Name"), QStringLiteral("Email")}));
    }

    void badProfilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("mapsSomething");
        QTest::newRow("no name") << QStringLiteral("  ") << true;
        QTest::newRow("only punctuation") << QStringLiteral("--") << true;
        QTest::newRow("too long") << QString(101, QLatin1Char('x')) << true;
        QTest::newRow("maps nothing") << QStringLiteral("Empty") << false;
    }
    void badProfilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(bool, mapsSomething);
        TestWorkspace ws;
        MappingProfile profile;
        profile.name = name;
        profile.mapping = mapsSomething ? mapping() : ImportMapping::guess({QStringLiteral("Foo")});
        QVERIFY(!save(ws, profile));
        QCOMPARE(MappingProfileStore(ws->db()).list().size(), 0);
    }

    void savingAndDeletingAreUndoable()
    {
        TestWorkspace ws;
        auto *saving = new SaveMappingProfile(ws.get(), QStringLiteral("Shop"), mapping());
        ws->undoStack()->push(saving);
        QVERIFY2(saving->succeeded(), qPrintable(saving->lastResult().message()));
        QCOMPARE(saving->text(), QStringLiteral("Save mapping Shop"));
        QCOMPARE(MappingProfileStore(ws->db()).list().size(), 1);
        ws->undoStack()->undo();
        QCOMPARE(MappingProfileStore(ws->db()).list().size(), 0);
        ws->undoStack()->redo();
        QVERIFY(MappingProfileStore(ws->db()).find(QStringLiteral("Shop")));

        auto *deleting = new DeleteMappingProfile(ws.get(), QStringLiteral("shop"));
        ws->undoStack()->push(deleting);
        QVERIFY(deleting->succeeded());
        QVERIFY(!MappingProfileStore(ws->db()).find(QStringLiteral("Shop")));
        ws->undoStack()->undo();
        QCOMPARE(MappingProfileStore(ws->db()).find(QStringLiteral("Shop"))->mapping, mapping());
    }

    void deletingAnUnknownProfileSaysSo()
    {
        TestWorkspace ws;
        const Result r = ws->write(BatchKind::Edit, QStringLiteral("delete"),
                                   [](QSqlDatabase db) { return MappingProfileStore(db).remove(QStringLiteral("Nope")); });
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("Nope")), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestMappingProfileStore)
#include "tst_mappingprofilestore.moc"
