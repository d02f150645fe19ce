#include "commands/savestyleguide.h"
#include "quality/qualityrecord.h"
#include "quality/styleguide.h"
#include "stores/styleguidestore.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

namespace {

// A minimal valid guide with the given rules (JSON objects).
QByteArray guideWith(const QJsonArray &rules)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("kempt-style-guide"));
    root.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(root).toJson();
}

QJsonObject emailRule()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("contact.email.format")},
                       {QStringLiteral("kind"), QStringLiteral("email")},
                       {QStringLiteral("entity"), QStringLiteral("contact")},
                       {QStringLiteral("fields"), QJsonArray{QStringLiteral("email")}},
                       {QStringLiteral("severity"), QStringLiteral("fix")},
                       {QStringLiteral("description"), QStringLiteral("E-mail addresses are stored with a lowercase domain.")}};
}

QJsonObject with(QJsonObject rule, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        rule.remove(key);
    else
        rule.insert(key, value);
    return rule;
}

} // namespace

class TestStyleGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultGuideDocumentsEveryRule();
    void defaultGuideCoversEveryKindOfRule();
    void defaultGuideSurvivesAJsonRoundTrip();
    void eachRuleSurvivesAJsonRoundTrip();
    void rulesForListsTheEnabledRulesOfOneEntity();
    void ruleIsFoundById();
    void brokenGuidesAreRefusedNamingTheRule_data();
    void brokenGuidesAreRefusedNamingTheRule();
    void aRefusedGuideLeavesTheTargetUntouched();

    void activeIsTheDefaultGuideWhileNoneIsStored();
    void savingStoresTheNextVersionWithAuthorAndComment();
    void anUnreadableStoredVersionFallsBackToTheOneBefore();
    void saveStyleGuideIsUndoneAndRedone();
    void aGuideThatDoesNotReadIsNotSaved();
};

void TestStyleGuide::defaultGuideDocumentsEveryRule()
{
    const StyleGuide guide = StyleGuide::defaultGuide();
    QVERIFY(guide.rules().size() >= 20);
    QCOMPARE(guide.version(), qint64(0));
    QSet<QString> ids;
    for (const StyleGuideRule &rule : guide.rules()) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY2(!rule.description.trimmed().isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.goodExamples.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.badExamples.isEmpty(), qPrintable(rule.id));
        QVERIFY2(rule.enabled, qPrintable(rule.id));
    }
}

void TestStyleGuide::defaultGuideCoversEveryKindOfRule()
{
    using K = StyleGuideRule::Kind;
    QSet<K> kinds;
    for (const StyleGuideRule &rule : StyleGuide::defaultGuide().rules())
        kinds.insert(rule.kind);
    for (K kind : {K::Required, K::Whitespace, K::Unicode, K::Casing, K::Phone, K::Email, K::Country, K::Picklist,
                   K::Date, K::Stale, K::Consent, K::LegalForm})
        QVERIFY2(kinds.contains(kind), qPrintable(StyleGuideRule::kindName(kind)));

    // The picklists the team works with every day.
    const StyleGuide guide = StyleGuide::defaultGuide();
    for (const char *id : {"contact.salutation.picklist", "contact.lead_source.picklist", "company.industry.picklist",
                           "company.size.picklist"})
        QVERIFY2(guide.rule(QString::fromLatin1(id)), id);
    const QJsonArray sources = guide.rule(QStringLiteral("contact.lead_source.picklist"))->params.value(QStringLiteral("values")).toArray();
    QCOMPARE(sources.size(), 8);
    QCOMPARE(sources.first().toString(), QStringLiteral("Web"));
}

void TestStyleGuide::defaultGuideSurvivesAJsonRoundTrip()
{
    const StyleGuide guide = StyleGuide::defaultGuide();
    StyleGuide read;
    const Result r = StyleGuide::fromJson(guide.toJson(), &read);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(read.rules().size(), guide.rules().size());
    QVERIFY(read == guide);
    QCOMPARE(read.toJson(), guide.toJson());
}

void TestStyleGuide::eachRuleSurvivesAJsonRoundTrip()
{
    for (const StyleGuideRule &rule : StyleGuide::defaultGuide().rules()) {
        StyleGuideRule read;
        const Result r = StyleGuideRule::fromJson(rule.toJson(), QStringLiteral("Rule"), &read);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY2(read == rule, qPrintable(rule.id));
    }
}

void TestStyleGuide::rulesForListsTheEnabledRulesOfOneEntity()
{
    StyleGuide guide = StyleGuide::defaultGuide();
    StyleGuideRule off = *guide.rule(QStringLiteral("contact.stale"));
    off.enabled = false;
    QVERIFY(guide.replaceRule(off));
    const QList<StyleGuideRule> contact = guide.rulesFor(Entity::Contact);
    QVERIFY(!contact.isEmpty());
    for (const StyleGuideRule &r : contact) {
        QCOMPARE(r.entity, Entity::Contact);
        QVERIFY(r.id != QLatin1String("contact.stale"));
    }
    for (const StyleGuideRule &r : guide.rulesFor(Entity::Company))
        QCOMPARE(r.entity, Entity::Company);
    QVERIFY(guide.rulesFor(Entity::Deal).isEmpty());
}

void TestStyleGuide::ruleIsFoundById()
{
    const StyleGuide guide = StyleGuide::defaultGuide();
    const StyleGuideRule *rule = guide.rule(QStringLiteral("contact.email.format"));
    QVERIFY(rule);
    QCOMPARE(rule->kind, StyleGuideRule::Kind::Email);
    QCOMPARE(rule->fields, QStringList{QStringLiteral("email")});
    QVERIFY(!guide.rule(QStringLiteral("contact.no.such.rule")));
}

void TestStyleGuide::brokenGuidesAreRefusedNamingTheRule_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    const QJsonObject rule = emailRule();
    const QString named = QStringLiteral("Rule 1 (contact.email.format)");
    QTest::newRow("not JSON") << QByteArray("{\"rules\": [") << QStringList{QStringLiteral("not valid JSON")};
    QTest::newRow("no rules") << QByteArray("{}") << QStringList{QStringLiteral("\"rules\"")};
    QTest::newRow("another format") << QByteArray("{\"format\": \"csv\", \"rules\": []}") << QStringList{QStringLiteral("not a Kempt style guide")};
    QTest::newRow("rule is not an object") << guideWith({42}) << QStringList{QStringLiteral("Rule 1 is not an object")};
    QTest::newRow("no id") << guideWith({with(rule, QStringLiteral("id"), QJsonValue::Undefined)})
                           << QStringList{QStringLiteral("Rule 1 has no \"id\"")};
    QTest::newRow("id with spaces") << guideWith({with(rule, QStringLiteral("id"), QStringLiteral("My Rule"))})
                                    << QStringList{QStringLiteral("Rule 1"), QStringLiteral("My Rule")};
    QTest::newRow("unknown kind") << guideWith({with(rule, QStringLiteral("kind"), QStringLiteral("spelling"))})
                                  << QStringList{named, QStringLiteral("\"kind\""), QStringLiteral("spelling")};
    QTest::newRow("unknown severity") << guideWith({with(rule, QStringLiteral("severity"), QStringLiteral("fatal"))})
                                      << QStringList{named, QStringLiteral("\"severity\""), QStringLiteral("fatal")};
    QTest::newRow("deal rule") << guideWith({with(rule, QStringLiteral("entity"), QStringLiteral("deal"))})
                               << QStringList{named, QStringLiteral("\"entity\"")};
    QTest::newRow("no description") << guideWith({with(rule, QStringLiteral("description"), QJsonValue::Undefined)})
                                    << QStringList{named, QStringLiteral("description")};
    QTest::newRow("misspelt setting") << guideWith({with(rule, QStringLiteral("severty"), QStringLiteral("fix"))})
                                      << QStringList{named, QStringLiteral("severty")};
    QTest::newRow("field of another entity")
        << guideWith({with(rule, QStringLiteral("fields"), QJsonArray{QStringLiteral("industry")})})
        << QStringList{named, QStringLiteral("\"industry\""), QStringLiteral("contact")};
    QTest::newRow("kind cannot check the field")
        << guideWith({with(rule, QStringLiteral("fields"), QJsonArray{QStringLiteral("city")})})
        << QStringList{named, QStringLiteral("\"city\"")};
    QTest::newRow("no fields") << guideWith({with(rule, QStringLiteral("fields"), QJsonArray())})
                               << QStringList{named, QStringLiteral("\"fields\"")};
    QTest::newRow("unknown param") << guideWith({with(rule, QStringLiteral("params"), QJsonObject{{QStringLiteral("lowercase"), true}})})
                                   << QStringList{named, QStringLiteral("\"lowercase\""), QStringLiteral("lowercaseLocalPart")};
    QTest::newRow("param of the wrong type")
        << guideWith({with(rule, QStringLiteral("params"), QJsonObject{{QStringLiteral("lowercaseLocalPart"), QStringLiteral("yes")}})})
        << QStringList{named, QStringLiteral("lowercaseLocalPart"), QStringLiteral("true or false")};

    QJsonObject casing = rule;
    casing.insert(QStringLiteral("id"), QStringLiteral("contact.name.casing"));
    casing.insert(QStringLiteral("kind"), QStringLiteral("casing"));
    casing.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("first_name")});
    casing.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("casing"), QStringLiteral("sentence")}});
    QTest::newRow("unknown casing") << guideWith({casing})
                                    << QStringList{QStringLiteral("Rule 1 (contact.name.casing)"), QStringLiteral("\"casing\""), QStringLiteral("title")};

    QJsonObject picklist = rule;
    picklist.insert(QStringLiteral("id"), QStringLiteral("contact.lead_source.picklist"));
    picklist.insert(QStringLiteral("kind"), QStringLiteral("picklist"));
    picklist.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("lead_source")});
    picklist.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("values"), QJsonArray{QStringLiteral("Web")}},
                                                          {QStringLiteral("synonyms"), QJsonObject{{QStringLiteral("fair"), QStringLiteral("Event")}}}});
    QTest::newRow("synonym of no value") << guideWith({picklist})
                                         << QStringList{QStringLiteral("Rule 1 (contact.lead_source.picklist)"), QStringLiteral("\"fair\""), QStringLiteral("Event")};
    picklist.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("values"), QJsonArray()}});
    QTest::newRow("empty picklist") << guideWith({picklist}) << QStringList{QStringLiteral("Rule 1 (contact.lead_source.picklist)"), QStringLiteral("\"values\"")};

    QJsonObject required = rule;
    required.insert(QStringLiteral("id"), QStringLiteral("contact.owner.required"));
    required.insert(QStringLiteral("kind"), QStringLiteral("required"));
    required.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("owner")});
    QTest::newRow("required cannot fix") << guideWith({required})
                                         << QStringList{QStringLiteral("Rule 1 (contact.owner.required)"), QStringLiteral("nothing to fix")};

    QJsonObject stale = rule;
    stale.insert(QStringLiteral("id"), QStringLiteral("contact.stale"));
    stale.insert(QStringLiteral("kind"), QStringLiteral("stale"));
    stale.insert(QStringLiteral("severity"), QStringLiteral("warning"));
    stale.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("updated_at")});
    stale.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("months"), 0}});
    QTest::newRow("stale after zero months") << guideWith({stale}) << QStringList{QStringLiteral("Rule 1 (contact.stale)"), QStringLiteral("\"months\"")};

    QJsonObject consent = stale;
    consent.insert(QStringLiteral("id"), QStringLiteral("contact.consent.newsletter"));
    consent.insert(QStringLiteral("kind"), QStringLiteral("consent"));
    consent.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("tags")});
    consent.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("conflict"), QStringLiteral("newsletter_tag")}});
    QTest::newRow("newsletter conflict without tags")
        << guideWith({consent}) << QStringList{QStringLiteral("Rule 1 (contact.consent.newsletter)"), QStringLiteral("\"tags\"")};

    QTest::newRow("two rules with one id") << guideWith({rule, rule})
                                           << QStringList{QStringLiteral("Rule 2 (contact.email.format)"), QStringLiteral("rule 1")};
    QTest::newRow("second rule broken") << guideWith({rule, with(with(rule, QStringLiteral("id"), QStringLiteral("contact.email.second")),
                                                                  QStringLiteral("kind"), QStringLiteral("phone"))})
                                        << QStringList{QStringLiteral("Rule 2 (contact.email.second)"), QStringLiteral("\"email\"")};
    QTest::newRow("default region not a code") << QByteArray("{\"defaultRegion\": \"Germany\", \"rules\": []}")
                                               << QStringList{QStringLiteral("defaultRegion")};
}

void TestStyleGuide::brokenGuidesAreRefusedNamingTheRule()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    StyleGuide guide;
    const Result r = StyleGuide::fromJson(json, &guide);
    QVERIFY(!r.ok());
    for (const QString &m : mentions)
        QVERIFY2(r.message().contains(m), qPrintable(QStringLiteral("“%1” not in: %2").arg(m, r.message())));
}

void TestStyleGuide::aRefusedGuideLeavesTheTargetUntouched()
{
    StyleGuide guide = StyleGuide::defaultGuide();
    const StyleGuide before = guide;
    QVERIFY(!StyleGuide::fromJson(guideWith({emailRule(), 42}), &guide).ok());
    QVERIFY(guide == before);
    QVERIFY(StyleGuide::fromJson(guideWith({emailRule()}), &guide).ok());
    QCOMPARE(guide.rules().size(), 1);
}

void TestStyleGuide::activeIsTheDefaultGuideWhileNoneIsStored()
{
    TestWorkspace ws;
    const StyleGuideStore store(ws->db());
    QVERIFY(store.active() == StyleGuide::defaultGuide());
    QVERIFY(store.history().isEmpty());
}

void TestStyleGuide::savingStoresTheNextVersionWithAuthorAndComment()
{
    TestWorkspace ws;
    ws->setAuthor(QStringLiteral("maria"));
    StyleGuide guide = StyleGuide::defaultGuide();
    qint64 first = 0;
    qint64 second = 0;
    QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("save"), [&](QSqlDatabase db) {
        return StyleGuideStore(db, ws->author()).save(guide, QStringLiteral("  Our rules  "), &first);
    }).ok());
    guide.setDefaultRegion(QStringLiteral("at"));
    QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("save"), [&](QSqlDatabase db) {
        return StyleGuideStore(db, ws->author()).save(guide, QStringLiteral("Austria"), &second);
    }).ok());
    QCOMPARE(first, qint64(1));
    QCOMPARE(second, qint64(2));

    const StyleGuideStore store(ws->db());
    const StyleGuide active = store.active();
    QCOMPARE(active.version(), qint64(2));
    QCOMPARE(active.defaultRegion(), QStringLiteral("AT"));
    QCOMPARE(active.rules(), guide.rules());

    const QList<StyleGuideVersion> history = store.history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).version, qint64(2));
    QCOMPARE(history.at(0).comment, QStringLiteral("Austria"));
    QCOMPARE(history.at(1).comment, QStringLiteral("Our rules"));
    QCOMPARE(history.at(1).author, QStringLiteral("maria"));
    QVERIFY(!history.at(1).createdAt.isEmpty());

    StyleGuide older;
    QVERIFY(store.load(1, &older).ok());
    QCOMPARE(older.defaultRegion(), QString());
    QCOMPARE(older.version(), qint64(1));
    QVERIFY(!store.load(7, &older).ok());
}

void TestStyleGuide::anUnreadableStoredVersionFallsBackToTheOneBefore()
{
    TestWorkspace ws;
    StyleGuide guide = StyleGuide::defaultGuide();
    guide.setDefaultRegion(QStringLiteral("FR"));
    QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("save"), [&](QSqlDatabase db) {
        return StyleGuideStore(db).save(guide, QString());
    }).ok());
    // A hand-edited file: version 2 does not read.
    QSqlQuery q(ws->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO style_guides(version, rules) VALUES (2, '{\"rules\": 5}')")));
    QTest::ignoreMessage(QtWarningMsg, "Style guide version 2 does not read; using an older one.");
    const StyleGuide active = StyleGuideStore(ws->db()).active();
    QCOMPARE(active.version(), qint64(1));
    QCOMPARE(active.defaultRegion(), QStringLiteral("FR"));
}

void TestStyleGuide::saveStyleGuideIsUndoneAndRedone()
{
    TestWorkspace ws;
    StyleGuide guide = StyleGuide::defaultGuide();
    StyleGuideRule rule = *guide.rule(QStringLiteral("contact.stale"));
    rule.params.insert(QStringLiteral("months"), 6);
    QVERIFY(guide.replaceRule(rule));

    auto *command = new SaveStyleGuide(ws.get(), guide, QStringLiteral("Stale after six months"));
    ws->undoStack()->push(command);
    QCOMPARE(ws->undoStack()->count(), 1);
    QCOMPARE(command->version(), qint64(1));
    QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Save style guide"));
    QCOMPARE(StyleGuideStore(ws->db()).active().rule(QStringLiteral("contact.stale"))->params.value(QStringLiteral("months")).toInt(), 6);

    ws->undoStack()->undo();
    QVERIFY(StyleGuideStore(ws->db()).active() == StyleGuide::defaultGuide());
    QVERIFY(StyleGuideStore(ws->db()).history().isEmpty());

    ws->undoStack()->redo();
    const StyleGuide again = StyleGuideStore(ws->db()).active();
    QCOMPARE(again.version(), qint64(1));
    QCOMPARE(again.rule(QStringLiteral("contact.stale"))->params.value(QStringLiteral("months")).toInt(), 6);
    QCOMPARE(StyleGuideStore(ws->db()).history().value(0).comment, QStringLiteral("Stale after six months"));
}

void TestStyleGuide::aGuideThatDoesNotReadIsNotSaved()
{
    TestWorkspace ws;
    StyleGuide guide = StyleGuide::defaultGuide();
    QList<StyleGuideRule> rules = guide.rules();
    rules.append(rules.first()); // the same id twice
    guide.setRules(rules);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("same id")));
    ws->undoStack()->push(new SaveStyleGuide(ws.get(), guide));
    QCOMPARE(ws->undoStack()->count(), 0);
    QVERIFY(StyleGuideStore(ws->db()).history().isEmpty());
}

QTEST_GUILESS_MAIN(TestStyleGuide)
#include "tst_styleguide.moc"
