#include "domain/company.h"
#include "domain/contact.h"
#include "quality/namecaser.h"
#include "quality/ruleengine.h"
#include "quality/unicodehygiene.h"
#include "quality/valuescreen.h"
#include "quality/whitespace.h"

#include <QJsonArray>
#include <QtTest>

#include <thread>

using namespace Kempt;
using Severity = StyleGuideRule::Severity;

namespace {

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

RuleEngine defaultEngine(const QString &region = QStringLiteral("DE"))
{
    return RuleEngine(StyleGuide::defaultGuide(), region, kNow);
}

// The default guide with one rule changed.
StyleGuide changedGuide(const QString &id, const std::function<void(StyleGuideRule &)> &change)
{
    StyleGuide guide = StyleGuide::defaultGuide();
    StyleGuideRule rule = *guide.rule(id);
    change(rule);
    guide.replaceRule(rule);
    return guide;
}

QList<QualityIssue> issuesOf(const QList<QualityIssue> &issues, const QString &ruleId)
{
    QList<QualityIssue> result;
    for (const QualityIssue &i : issues)
        if (i.ruleId == ruleId)
            result << i;
    return result;
}

// A contact nobody would complain about, to which a test adds its one flaw.
QualityRecord goodContact()
{
    Contact c;
    c.id = 7;
    c.salutation = QStringLiteral("Ms");
    c.firstName = QStringLiteral("Ann");
    c.lastName = QStringLiteral("Smith");
    c.companyName = QStringLiteral("Siemens AG");
    c.country = QStringLiteral("DE");
    c.leadSource = QStringLiteral("Referral");
    c.ownerName = QStringLiteral("Maria Keller");
    c.birthday = QStringLiteral("1980-04-03");
    c.emails << EmailAddress{0, QStringLiteral("ann.smith@siemens.com"), QStringLiteral("work"), true};
    c.phones << PhoneNumber{0, QStringLiteral("+49 30 1234567"), QStringLiteral("+49301234567"), QStringLiteral("work"), true};
    c.tags << QStringLiteral("Customer");
    c.updatedAt = QStringLiteral("2025-05-01T09:00:00Z");
    return QualityRecord::fromContact(c);
}

QualityRecord goodCompany()
{
    Company c;
    c.id = 3;
    c.name = QStringLiteral("Siemens AG");
    c.legalForm = QStringLiteral("AG");
    c.industry = QStringLiteral("Manufacturing");
    c.size = QStringLiteral("1000+");
    c.country = QStringLiteral("DE");
    c.email = QStringLiteral("info@siemens.com"); // a shared mailbox is right for a company
    c.updatedAt = QStringLiteral("2025-05-01T09:00:00Z");
    return QualityRecord::fromCompany(c);
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aGoodRecordHasNoIssues();
    void valueRulesFixEachKindOfField_data();
    void valueRulesFixEachKindOfField();
    void valuesNoRuleCanFixAreWarnings_data();
    void valuesNoRuleCanFixAreWarnings();
    void anErrorRuleBlocksSavingAnInvalidValue();
    void nonFixRulesSuggestButDoNotChange();
    void requiredFieldsAreReported();
    void blankValuesCountAsMissing();
    void phoneOrEmailIsEnough_data();
    void phoneOrEmailIsEnough();
    void phonesAreReadInTheRecordsCountryElseTheDefault();
    void nationalDisplayKeepsForeignNumbersInternational();
    void aStoredE164IsTrustedWhenTheTextSpellsIt();
    void everyValueOfAMultiValuedFieldIsChecked();
    void casingExceptionsKeepTheirSpelling();
    void staleRecords_data();
    void staleRecords();
    void consentConflicts_data();
    void consentConflicts();
    void blocksSavingOnlyForErrors();
    void messagesNameTheFieldAndSayWhatToDo();
    void disabledRulesAreSkipped();
    void twoThreadsGetTheSameAnswersAsOne();
    void screensNeverPassAValueTheNormalizerWouldChange();
    void qualityRecordMapsContactsAndCompanies();
};

void TestRuleEngine::aGoodRecordHasNoIssues()
{
    const RuleEngine engine = defaultEngine();
    const QList<QualityIssue> contactIssues = engine.evaluate(goodContact());
    for (const QualityIssue &i : contactIssues)
        qWarning("%s: %s", qPrintable(i.ruleId), qPrintable(i.message));
    QVERIFY(contactIssues.isEmpty());
    const QList<QualityIssue> companyIssues = engine.evaluate(goodCompany());
    for (const QualityIssue &i : companyIssues)
        qWarning("%s: %s", qPrintable(i.ruleId), qPrintable(i.message));
    QVERIFY(companyIssues.isEmpty());
    QList<FieldChange> changes;
    QCOMPARE(engine.applyFixes(goodContact(), &changes), goodContact());
    QVERIFY(changes.isEmpty());
}

void TestRuleEngine::valueRulesFixEachKindOfField_data()
{
    QTest::addColumn<bool>("company");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("country"); // "" keeps the good record's DE
    QTest::addColumn<QString>("ruleId");  // the rule whose fix gives the final value
    QTest::addColumn<QString>("expected");

    const QString none;
    auto row = [](const char *name, bool company, const char *field, const QString &input, const QString &country,
                  const char *rule, const QString &expected) {
        QTest::newRow(name) << company << QString::fromLatin1(field) << input << country << QString::fromLatin1(rule) << expected;
    };
    row("whitespace", false, "first_name", QStringLiteral("  Ann \t"), none, "contact.whitespace", QStringLiteral("Ann"));
    row("whitespace inside", false, "city", QStringLiteral("Bad\u00a0 Homburg"), none, "contact.whitespace", QStringLiteral("Bad Homburg"));
    row("zero-width space", false, "display_name", QStringLiteral("Ann\u200b Smith"), none, "contact.unicode", QStringLiteral("Ann Smith"));
    row("Persian letters", false, "first_name", QStringLiteral("پيمان"), none, "contact.unicode", QStringLiteral("پیمان"));
    row("Arabic presentation forms", false, "display_name", QStringLiteral("ﻣﺤﻤﺪ"), none, "contact.unicode", QStringLiteral("محمد"));
    row("shouted name", false, "last_name", QStringLiteral("SMITH"), none, "contact.name.casing", QStringLiteral("Smith"));
    row("Russian name", false, "first_name", QStringLiteral("ИВАН"), none, "contact.name.casing", QStringLiteral("Иван"));
    row("apostrophe", false, "last_name", QStringLiteral("o'brien"), none, "contact.name.casing", QStringLiteral("O'Brien"));
    row("particles", false, "last_name", QStringLiteral("van der berg"), none, "contact.name.casing", QStringLiteral("van der Berg"));
    row("spaces then casing", false, "first_name", QStringLiteral(" ANN "), none, "contact.name.casing", QStringLiteral("Ann"));
    row("company on a contact", false, "company", QStringLiteral("ACME GMBH"), none, "contact.company.casing", QStringLiteral("Acme GmbH"));
    row("company name", true, "name", QStringLiteral("acme gmbh"), none, "company.name.casing", QStringLiteral("Acme GmbH"));
    row("legal form", true, "legal_form", QStringLiteral("gmbh"), none, "company.legal_form", QStringLiteral("GmbH"));
    row("German phone", false, "phone", QStringLiteral("030 1234567"), none, "contact.phone.format", QStringLiteral("+49 30 1234567"));
    row("British phone, country by name", false, "phone", QStringLiteral("020 7946 0958"), QStringLiteral("United Kingdom"),
        "contact.phone.format", QStringLiteral("+44 20 7946 0958"));
    row("Iranian phone in Persian digits", false, "phone", QStringLiteral("۰۲۱ ۱۲۳۴ ۵۶۷۸"), QStringLiteral("ایران"),
        "contact.phone.format", QStringLiteral("+98 21 1234 5678"));
    row("Russian phone with trunk 8", false, "phone", QStringLiteral("8 (495) 123-45-67"), QStringLiteral("Россия"),
        "contact.phone.format", QStringLiteral("+7 495 123-45-67"));
    row("company phone", true, "phone", QStringLiteral("030 1234567"), none, "company.phone.format", QStringLiteral("+49 30 1234567"));
    row("e-mail domain", false, "email", QStringLiteral("Ann@SIEMENS.COM"), none, "contact.email.format", QStringLiteral("Ann@siemens.com"));
    row("e-mail with spaces", false, "email", QStringLiteral(" ann@siemens.com "), none, "contact.whitespace", QStringLiteral("ann@siemens.com"));
    row("country in English", false, "country", QStringLiteral("Germany"), none, "contact.country.format", QStringLiteral("DE"));
    row("country alias", false, "country", QStringLiteral("U.K."), none, "contact.country.format", QStringLiteral("GB"));
    row("country in Persian", false, "country", QStringLiteral("ایران"), none, "contact.country.format", QStringLiteral("IR"));
    row("country in Arabic", false, "country", QStringLiteral("مصر"), none, "contact.country.format", QStringLiteral("EG"));
    row("country in Russian", false, "country", QStringLiteral("Россия"), none, "contact.country.format", QStringLiteral("RU"));
    row("company country", true, "country", QStringLiteral("Deutschland"), none, "company.country.format", QStringLiteral("DE"));
    row("lead source synonym", false, "lead_source", QStringLiteral("website"), none, "contact.lead_source.picklist", QStringLiteral("Web"));
    row("lead source in another case", false, "lead_source", QStringLiteral("Trade Show"), none, "contact.lead_source.picklist", QStringLiteral("Event"));
    row("salutation", false, "salutation", QStringLiteral("Herr"), none, "contact.salutation.picklist", QStringLiteral("Mr"));
    row("Persian salutation", false, "salutation", QStringLiteral("آقای"), none, "contact.salutation.picklist", QStringLiteral("Mr"));
    row("Russian salutation", false, "salutation", QStringLiteral("г-н"), none, "contact.salutation.picklist", QStringLiteral("Mr"));
    row("industry", true, "industry", QStringLiteral("IT"), none, "company.industry.picklist", QStringLiteral("Information technology"));
    row("company size", true, "size", QStringLiteral("11-50"), none, "company.size.picklist", QStringLiteral("11–50"));
    row("day-first date", false, "birthday", QStringLiteral("03/04/1980"), none, "contact.birthday.format", QStringLiteral("1980-04-03"));
    row("Russian date", false, "birthday", QStringLiteral("31 марта 1980"), none, "contact.birthday.format", QStringLiteral("1980-03-31"));
    row("Solar Hijri date", false, "birthday", QStringLiteral("۱۳۵۹/۰۱/۱۱"), none, "contact.birthday.format", QStringLiteral("1980-03-31"));
}

void TestRuleEngine::valueRulesFixEachKindOfField()
{
    QFETCH(bool, company);
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, country);
    QFETCH(QString, ruleId);
    QFETCH(QString, expected);

    QualityRecord record = company ? goodCompany() : goodContact();
    QVERIFY(record.setValue(field, input));
    if (!country.isEmpty())
        record.setValue(QualityField::Country, country);
    const RuleEngine engine = defaultEngine();

    // evaluate() announces the fix, with the value it will store.
    const QList<QualityIssue> issues = issuesOf(engine.evaluate(record), ruleId);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().severity, Severity::Fix);
    QCOMPARE(issues.first().suggestion, expected);
    QCOMPARE(issues.first().entityId, record.id());
    QVERIFY(!RuleEngine::blocksSaving(engine.evaluate(record)));

    // applyFixes() stores it and reports each step as before -> after.
    QList<FieldChange> changes;
    const QualityRecord fixed = engine.applyFixes(record, &changes);
    QCOMPARE(fixed.value(field), expected);
    QList<FieldChange> steps;
    for (const FieldChange &c : changes)
        if (c.field == field)
            steps << c;
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.first().before, input);
    QCOMPARE(steps.last().after, expected);
    QCOMPARE(steps.last().ruleId, ruleId);
    for (int i = 1; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).before, steps.at(i - 1).after);

    // A fixed record has nothing left to fix in that field.
    for (const QualityIssue &i : engine.evaluate(fixed))
        QVERIFY2(i.field != field, qPrintable(i.message));
    if (field == QLatin1String("phone"))
        QVERIFY(fixed.phoneE164At(0).startsWith(QLatin1Char('+')));
}

void TestRuleEngine::valuesNoRuleCanFixAreWarnings_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("two @-signs") << QStringLiteral("email") << QStringLiteral("ann@@siemens.com") << QStringLiteral("contact.email.format") << QStringLiteral("E-mail");
    QTest::newRow("provider typo") << QStringLiteral("email") << QStringLiteral("ann@gmial.com") << QStringLiteral("contact.email.format") << QStringLiteral("ann@gmail.com");
    QTest::newRow("too short a phone") << QStringLiteral("phone") << QStringLiteral("12") << QStringLiteral("contact.phone.format") << QStringLiteral("Phone");
    QTest::newRow("unknown country") << QStringLiteral("country") << QStringLiteral("Atlantis") << QStringLiteral("contact.country.format") << QStringLiteral("Atlantis");
    QTest::newRow("ambiguous country") << QStringLiteral("country") << QStringLiteral("Congo") << QStringLiteral("contact.country.format") << QStringLiteral("CD");
    QTest::newRow("not in the picklist") << QStringLiteral("lead_source") << QStringLiteral("Carrier pigeon") << QStringLiteral("contact.lead_source.picklist") << QStringLiteral("Referral");
    QTest::newRow("no such day") << QStringLiteral("birthday") << QStringLiteral("31.02.1980") << QStringLiteral("contact.birthday.format") << QStringLiteral("Birthday");
}

void TestRuleEngine::valuesNoRuleCanFixAreWarnings()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, ruleId);
    QFETCH(QString, mentions);

    QualityRecord record = goodContact();
    QVERIFY(record.setValue(field, input));
    const RuleEngine engine = defaultEngine();
    const QList<QualityIssue> issues = issuesOf(engine.evaluate(record), ruleId);
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.last().severity, Severity::Warning);
    QVERIFY2(issues.last().message.contains(mentions), qPrintable(issues.last().message));
    QVERIFY(!RuleEngine::blocksSaving(issues));
    QCOMPARE(engine.applyFixes(record).value(field), input);
}

void TestRuleEngine::anErrorRuleBlocksSavingAnInvalidValue()
{
    const RuleEngine engine(changedGuide(QStringLiteral("contact.email.format"), [](StyleGuideRule &r) { r.severity = Severity::Error; }),
                            QStringLiteral("DE"), kNow);
    QualityRecord record = goodContact();
    record.setValue(QualityField::Email, QStringLiteral("ann.smith"));
    const QList<QualityIssue> issues = issuesOf(engine.evaluate(record), QStringLiteral("contact.email.format"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY(issues.first().message.contains(QStringLiteral("before saving")));
    QVERIFY(RuleEngine::blocksSaving(issues));

    // A mere warning of the validator (a role address) never blocks.
    record.setValue(QualityField::Email, QStringLiteral("info@siemens.com"));
    const QList<QualityIssue> role = issuesOf(engine.evaluate(record), QStringLiteral("contact.email.format"));
    QCOMPARE(role.size(), 1);
    QCOMPARE(role.first().severity, Severity::Warning);

    // On a company a shared mailbox is what is wanted; other warnings still count.
    QualityRecord company = goodCompany();
    company.setValue(QualityField::Email, QStringLiteral("sales@siemens.com"));
    QVERIFY(defaultEngine().evaluate(company).isEmpty());
    company.setValue(QualityField::Email, QStringLiteral("sales@gmial.com"));
    QCOMPARE(issuesOf(defaultEngine().evaluate(company), QStringLiteral("company.email.format")).size(), 1);
}

void TestRuleEngine::nonFixRulesSuggestButDoNotChange()
{
    const RuleEngine engine = defaultEngine(); // contact.job_title.casing is a warning
    QualityRecord record = goodContact();
    record.setValue(QualityField::JobTitle, QStringLiteral("HEAD OF SALES"));
    const QList<QualityIssue> issues = issuesOf(engine.evaluate(record), QStringLiteral("contact.job_title.casing"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QCOMPARE(issues.first().suggestion, QStringLiteral("Head of Sales"));
    QList<FieldChange> changes;
    QCOMPARE(engine.applyFixes(record, &changes).value(QualityField::JobTitle), QStringLiteral("HEAD OF SALES"));
    QVERIFY(changes.isEmpty());
}

void TestRuleEngine::requiredFieldsAreReported()
{
    const RuleEngine engine = defaultEngine();
    const QList<QualityIssue> issues = engine.evaluate(QualityRecord(Entity::Contact, 1));
    QCOMPARE(issuesOf(issues, QStringLiteral("contact.name.required")).size(), 1);
    QCOMPARE(issuesOf(issues, QStringLiteral("contact.name.required")).first().severity, Severity::Error);
    QCOMPARE(issuesOf(issues, QStringLiteral("contact.reachable.required")).size(), 1);
    QCOMPARE(issuesOf(issues, QStringLiteral("contact.full_name.required")).size(), 2); // first and last name
    for (const char *id : {"contact.company.required", "contact.lead_source.required", "contact.owner.required", "contact.country.required"}) {
        const QList<QualityIssue> found = issuesOf(issues, QString::fromLatin1(id));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Warning);
    }
    QVERIFY(RuleEngine::blocksSaving(issues));

    const QList<QualityIssue> company = engine.evaluate(QualityRecord(Entity::Company, 2));
    QCOMPARE(issuesOf(company, QStringLiteral("company.name.required")).first().severity, Severity::Error);
    QCOMPARE(issuesOf(company, QStringLiteral("company.industry.required")).first().field, QStringLiteral("industry"));
    QCOMPARE(issuesOf(company, QStringLiteral("company.size.required")).first().field, QStringLiteral("size"));
}

void TestRuleEngine::blankValuesCountAsMissing()
{
    QualityRecord record = goodContact();
    record.setValue(QualityField::LeadSource, QStringLiteral(" \u00a0 "));
    // Even when the whitespace rule only warns, a blank value is not a lead source.
    const RuleEngine engine(changedGuide(QStringLiteral("contact.whitespace"), [](StyleGuideRule &r) { r.severity = Severity::Warning; }),
                            QStringLiteral("DE"), kNow);
    QCOMPARE(issuesOf(engine.evaluate(record), QStringLiteral("contact.lead_source.required")).size(), 1);
    QCOMPARE(issuesOf(defaultEngine().evaluate(record), QStringLiteral("contact.lead_source.required")).size(), 1);
}

void TestRuleEngine::phoneOrEmailIsEnough_data()
{
    QTest::addColumn<bool>("email");
    QTest::addColumn<bool>("phone");
    QTest::addColumn<int>("issues");
    QTest::newRow("both") << true << true << 0;
    QTest::newRow("e-mail only") << true << false << 0;
    QTest::newRow("phone only") << false << true << 0;
    QTest::newRow("neither") << false << false << 1;
}

void TestRuleEngine::phoneOrEmailIsEnough()
{
    QFETCH(bool, email);
    QFETCH(bool, phone);
    QFETCH(int, issues);
    QualityRecord record = goodContact();
    if (!email)
        record.setValues(QualityField::Email, {});
    if (!phone)
        record.setValues(QualityField::Phone, {});
    const QList<QualityIssue> found = issuesOf(defaultEngine().evaluate(record), QStringLiteral("contact.reachable.required"));
    QCOMPARE(found.size(), issues);
    if (issues) {
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().message.contains(QStringLiteral("E-mail")));
        QVERIFY(found.first().message.contains(QStringLiteral("Phone")));
        QVERIFY(RuleEngine::blocksSaving(found));
    }
}

void TestRuleEngine::phonesAreReadInTheRecordsCountryElseTheDefault()
{
    QualityRecord record = goodContact();
    record.setValues(QualityField::Phone, {QStringLiteral("020 7946 0958")});
    record.setValue(QualityField::Country, QStringLiteral("GB"));
    QCOMPARE(defaultEngine().applyFixes(record).value(QualityField::Phone), QStringLiteral("+44 20 7946 0958"));
    QCOMPARE(defaultEngine().phoneRegion(record), QStringLiteral("GB"));

    record.setValues(QualityField::Phone, {QStringLiteral("030 1234567")});
    record.setValue(QualityField::Country, QString());
    QCOMPARE(defaultEngine(QStringLiteral("DE")).applyFixes(record).value(QualityField::Phone), QStringLiteral("+49 30 1234567"));

    // The guide's own default region serves when the workspace has none.
    StyleGuide guide = StyleGuide::defaultGuide();
    guide.setDefaultRegion(QStringLiteral("de"));
    QCOMPARE(RuleEngine(guide, QString(), kNow).applyFixes(record).value(QualityField::Phone), QStringLiteral("+49 30 1234567"));

    // Without any region a national number cannot be read: it is reported, not guessed.
    const RuleEngine nowhere(StyleGuide::defaultGuide(), QString(), kNow);
    const QList<QualityIssue> issues = issuesOf(nowhere.evaluate(record), QStringLiteral("contact.phone.format"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QCOMPARE(nowhere.applyFixes(record).value(QualityField::Phone), QStringLiteral("030 1234567"));
}

void TestRuleEngine::nationalDisplayKeepsForeignNumbersInternational()
{
    const RuleEngine engine(changedGuide(QStringLiteral("contact.phone.format"),
                                         [](StyleGuideRule &r) { r.params.insert(QStringLiteral("display"), QStringLiteral("national")); }),
                            QStringLiteral("DE"), kNow);
    QualityRecord record = goodContact();
    record.setValues(QualityField::Phone, {QStringLiteral("+49 30 1234567"), QStringLiteral("+44 20 7946 0958")});
    record.setPhoneE164({QString(), QString()});
    QList<FieldChange> changes;
    const QualityRecord fixed = engine.applyFixes(record, &changes);
    QCOMPARE(fixed.values(QualityField::Phone), QStringList({QStringLiteral("030 1234567"), QStringLiteral("+44 20 7946 0958")}));
    QCOMPARE(fixed.phoneE164(), QStringList({QStringLiteral("+49301234567"), QStringLiteral("+442079460958")}));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().index, 0);
}

void TestRuleEngine::aStoredE164IsTrustedWhenTheTextSpellsIt()
{
    QVERIFY(!ValueScreen::spellsStoredPhone(u"+49 30 1234567", u"+49301234567", true));
    QVERIFY(ValueScreen::spellsStoredPhone(u"+49 30 1234567", u"+49301234567", false));
    QVERIFY(ValueScreen::spellsStoredPhone(u"030 1234567", u"+49301234567", true));
    QVERIFY(!ValueScreen::spellsStoredPhone(u"030 1234568", u"+49301234567", true));
    QVERIFY(!ValueScreen::spellsStoredPhone(u"+49 30 1234568", u"+49301234567", false));
    QVERIFY(!ValueScreen::spellsStoredPhone(u"+49 30 1234567 ext. 5", u"+49301234567;ext=5", false));
    QVERIFY(!ValueScreen::spellsStoredPhone(u"+49 30 1234567", u"", false));

    // A number whose text no longer matches its stored form is parsed again.
    QualityRecord record = goodContact();
    record.setValues(QualityField::Phone, {QStringLiteral("0301234999")});
    record.setPhoneE164({QStringLiteral("+49301234567")});
    const QualityRecord fixed = defaultEngine().applyFixes(record);
    QCOMPARE(fixed.value(QualityField::Phone), QStringLiteral("+49 30 1234999"));
    QCOMPARE(fixed.phoneE164At(0), QStringLiteral("+49301234999"));
}

void TestRuleEngine::everyValueOfAMultiValuedFieldIsChecked()
{
    QualityRecord record = goodContact();
    record.setValues(QualityField::Email, {QStringLiteral("ann@siemens.com"), QStringLiteral("Ann@HOME.DE"), QStringLiteral("ann@@x.de")});
    const RuleEngine engine = defaultEngine();
    const QList<QualityIssue> issues = issuesOf(engine.evaluate(record), QStringLiteral("contact.email.format"));
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).suggestion, QStringLiteral("Ann@home.de"));
    QCOMPARE(issues.at(1).severity, Severity::Warning);
    QList<FieldChange> changes;
    const QualityRecord fixed = engine.applyFixes(record, &changes);
    QCOMPARE(fixed.values(QualityField::Email),
             QStringList({QStringLiteral("ann@siemens.com"), QStringLiteral("Ann@home.de"), QStringLiteral("ann@@x.de")}));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().index, 1);
    QCOMPARE(changes.first().before, QStringLiteral("Ann@HOME.DE"));

    // The local part too, when the guide asks.
    const RuleEngine lower(changedGuide(QStringLiteral("contact.email.format"),
                                        [](StyleGuideRule &r) { r.params.insert(QStringLiteral("lowercaseLocalPart"), true); }),
                           QStringLiteral("DE"), kNow);
    QCOMPARE(lower.applyFixes(record).valueAt(QualityField::Email, 1), QStringLiteral("ann@home.de"));
}

void TestRuleEngine::casingExceptionsKeepTheirSpelling()
{
    const RuleEngine engine(changedGuide(QStringLiteral("contact.name.casing"),
                                         [](StyleGuideRule &r) {
                                             r.params.insert(QStringLiteral("exceptions"), QJsonArray{QStringLiteral("deMaria")});
                                         }),
                            QStringLiteral("DE"), kNow);
    QualityRecord record = goodContact();
    record.setValue(QualityField::LastName, QStringLiteral("DEMARIA"));
    QCOMPARE(engine.applyFixes(record).value(QualityField::LastName), QStringLiteral("deMaria"));
    record.setValue(QualityField::JobTitle, QStringLiteral("head of it"));
    const QList<QualityIssue> title = issuesOf(defaultEngine().evaluate(record), QStringLiteral("contact.job_title.casing"));
    QCOMPARE(title.size(), 1);
    QCOMPARE(title.first().suggestion, QStringLiteral("Head of IT"));
}

void TestRuleEngine::staleRecords_data()
{
    QTest::addColumn<QString>("updated");
    QTest::addColumn<QString>("contacted");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("stale");
    QTest::newRow("updated last month") << QStringLiteral("2025-05-01T09:00:00Z") << QString() << 12 << false;
    QTest::newRow("untouched for two years") << QStringLiteral("2023-05-01T09:00:00Z") << QString() << 12 << true;
    QTest::newRow("old but contacted lately") << QStringLiteral("2023-05-01T09:00:00Z") << QStringLiteral("2025-01-10T10:00:00Z") << 12 << false;
    QTest::newRow("contacted long ago too") << QStringLiteral("2023-05-01T09:00:00Z") << QStringLiteral("2024-01-10") << 12 << true;
    QTest::newRow("just inside the limit") << QStringLiteral("2024-06-02T00:00:00Z") << QString() << 12 << false;
    QTest::newRow("seven months with a six-month rule") << QStringLiteral("2024-11-01T00:00:00Z") << QString() << 6 << true;
    QTest::newRow("never saved") << QString() << QString() << 12 << false;
}

void TestRuleEngine::staleRecords()
{
    QFETCH(QString, updated);
    QFETCH(QString, contacted);
    QFETCH(int, months);
    QFETCH(bool, stale);
    const RuleEngine engine(changedGuide(QStringLiteral("contact.stale"), [months](StyleGuideRule &r) {
                                r.params.insert(QStringLiteral("months"), months);
                            }),
                            QStringLiteral("DE"), kNow);
    QualityRecord record = goodContact();
    record.setValue(QualityField::UpdatedAt, updated);
    record.setValue(QualityField::LastContactedAt, contacted);
    const QList<QualityIssue> issues = issuesOf(engine.evaluate(record), QStringLiteral("contact.stale"));
    QCOMPARE(issues.size(), stale ? 1 : 0);
    if (stale) {
        QCOMPARE(issues.first().severity, Severity::Warning);
        QVERIFY(issues.first().message.contains(QString::number(months)));
    }
}

void TestRuleEngine::consentConflicts_data()
{
    QTest::addColumn<bool>("doNotEmail");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("unsubscribed");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("field");
    QTest::newRow("newsletter despite do not e-mail") << true << QStringList{QStringLiteral("Customer"), QStringLiteral("Newsletter")} << QString()
                                                      << QStringLiteral("contact.consent.newsletter") << QStringLiteral("tags");
    QTest::newRow("tag in another case") << true << QStringList{QStringLiteral("newsletter ")} << QString()
                                         << QStringLiteral("contact.consent.newsletter") << QStringLiteral("tags");
    QTest::newRow("newsletter with consent") << false << QStringList{QStringLiteral("Newsletter")} << QString() << QString() << QString();
    QTest::newRow("do not e-mail without newsletter") << true << QStringList{QStringLiteral("Customer")} << QString() << QString() << QString();
    QTest::newRow("unsubscribed but may be e-mailed") << false << QStringList() << QStringLiteral("2025-03-01T10:00:00Z")
                                                      << QStringLiteral("contact.consent.unsubscribed") << QStringLiteral("do_not_email");
    QTest::newRow("unsubscribed and marked") << true << QStringList() << QStringLiteral("2025-03-01T10:00:00Z") << QString() << QString();
}

void TestRuleEngine::consentConflicts()
{
    QFETCH(bool, doNotEmail);
    QFETCH(QStringList, tags);
    QFETCH(QString, unsubscribed);
    QFETCH(QString, ruleId);
    QFETCH(QString, field);
    QualityRecord record = goodContact();
    record.setValue(QualityField::DoNotEmail, doNotEmail ? QStringLiteral("1") : QString());
    record.setValues(QualityField::Tags, tags);
    record.setValue(QualityField::UnsubscribedAt, unsubscribed);
    QList<QualityIssue> consent;
    for (const QualityIssue &i : defaultEngine().evaluate(record))
        if (i.ruleId.startsWith(QLatin1String("contact.consent.")))
            consent << i;
    QCOMPARE(consent.size(), ruleId.isEmpty() ? 0 : 1);
    if (!ruleId.isEmpty()) {
        QCOMPARE(consent.first().ruleId, ruleId);
        QCOMPARE(consent.first().field, field);
        QCOMPARE(consent.first().severity, Severity::Warning);
        QVERIFY(consent.first().message.contains(QStringLiteral("Do not e-mail")));
    }
}

void TestRuleEngine::blocksSavingOnlyForErrors()
{
    QualityIssue fix;
    fix.severity = Severity::Fix;
    QualityIssue warning;
    warning.severity = Severity::Warning;
    QualityIssue error;
    error.severity = Severity::Error;
    QVERIFY(!RuleEngine::blocksSaving({}));
    QVERIFY(!RuleEngine::blocksSaving({fix, warning}));
    QVERIFY(RuleEngine::blocksSaving({fix, error, warning}));
}

void TestRuleEngine::messagesNameTheFieldAndSayWhatToDo()
{
    QualityRecord record = goodContact();
    record.setValue(QualityField::LeadSource, QString());
    record.setValue(QualityField::Country, QStringLiteral("Germany"));
    const QList<QualityIssue> issues = defaultEngine().evaluate(record);
    const QualityIssue missing = issuesOf(issues, QStringLiteral("contact.lead_source.required")).value(0);
    QCOMPARE(missing.message, QStringLiteral("Lead source is empty; fill it in."));
    const QualityIssue country = issuesOf(issues, QStringLiteral("contact.country.format")).value(0);
    QVERIFY(country.message.startsWith(QStringLiteral("Country “Germany”")));
    QVERIFY(country.message.contains(QStringLiteral("stored as “DE”")));

    const RuleEngine strict(changedGuide(QStringLiteral("contact.country.format"), [](StyleGuideRule &r) { r.severity = Severity::Error; }),
                            QStringLiteral("DE"), kNow);
    const QualityIssue error = issuesOf(strict.evaluate(record), QStringLiteral("contact.country.format")).value(0);
    QCOMPARE(error.severity, Severity::Error);
    QVERIFY(error.message.contains(QStringLiteral("write “DE” before saving")));
}

void TestRuleEngine::disabledRulesAreSkipped()
{
    const RuleEngine engine(changedGuide(QStringLiteral("contact.country.format"), [](StyleGuideRule &r) { r.enabled = false; }),
                            QStringLiteral("DE"), kNow);
    QualityRecord record = goodContact();
    record.setValue(QualityField::Country, QStringLiteral("Germany"));
    QVERIFY(issuesOf(engine.evaluate(record), QStringLiteral("contact.country.format")).isEmpty());
    QCOMPARE(engine.applyFixes(record).value(QualityField::Country), QStringLiteral("Germany"));
}

void TestRuleEngine::twoThreadsGetTheSameAnswersAsOne()
{
    const QStringList names{QStringLiteral("ANN"), QStringLiteral("jean-luc"), QStringLiteral("Иван"), QStringLiteral("ИВАН"),
                            QStringLiteral("پيمان"), QStringLiteral("محمد"), QStringLiteral("  Bob "), QStringLiteral("o'neil")};
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("Germany"), QStringLiteral("ایران"), QStringLiteral("Россия"),
                                QStringLiteral("Atlantis"), QString()};
    QList<QualityRecord> records;
    for (int i = 0; i < 400; ++i) {
        QualityRecord r = goodContact();
        r.setId(i);
        r.setValue(QualityField::FirstName, names.at(i % names.size()));
        r.setValue(QualityField::Country, countries.at(i % countries.size()));
        r.setValues(QualityField::Phone, {QStringLiteral("030 123456%1").arg(i % 10)});
        r.setValues(QualityField::Email, {QStringLiteral("user%1@EXAMPLE%2.com").arg(i).arg(i % 3)});
        records << r;
    }
    const RuleEngine engine = defaultEngine();
    QList<QList<QualityIssue>> expected;
    for (const QualityRecord &r : records)
        expected << engine.evaluate(r);

    QList<QList<QualityIssue>> a(records.size());
    QList<QList<QualityIssue>> b(records.size());
    auto work = [&](QList<QList<QualityIssue>> *out) {
        for (int pass = 0; pass < 3; ++pass)
            for (int i = 0; i < records.size(); ++i)
                (*out)[i] = engine.evaluate(records.at(i));
    };
    std::thread first(work, &a);
    std::thread second(work, &b);
    first.join();
    second.join();
    QCOMPARE(a, expected);
    QCOMPARE(b, expected);
}

void TestRuleEngine::screensNeverPassAValueTheNormalizerWouldChange()
{
    QStringList samples{QStringLiteral("Ann"), QStringLiteral("Ann Smith"), QStringLiteral(" Ann"), QStringLiteral("Ann "),
                        QStringLiteral("Ann  Smith"), QStringLiteral("Ann\tSmith"), QStringLiteral("McDonald"), QStringLiteral("Mcdonald"),
                        QStringLiteral("O'brien"), QStringLiteral("Jean-luc"), QStringLiteral("J."), QStringLiteral("Müller"),
                        QStringLiteral("Иван Петров"), QStringLiteral("Ёлкин"), QStringLiteral("محمد رضا"), QStringLiteral("Ann\u00adSmith"),
                        QStringLiteral("Van Der Berg"), QStringLiteral("Iii"), QStringLiteral("Smith III"), QStringLiteral("ǅemal"),
                        QStringLiteral("Ann\u200bSmith"), QStringLiteral("A"), QStringLiteral("İstanbul"), QStringLiteral("Straße")};
    // Every character up to the end of Cyrillic, alone, capitalised and between letters.
    for (char16_t u = 1; u < 0x530; ++u) {
        const QString c(QChar{u});
        samples << c << (QStringLiteral("A") + c + QStringLiteral("b")) << (c + QStringLiteral("x")) << (QStringLiteral("Ab ") + c);
    }
    for (const QString &s : std::as_const(samples)) {
        if (!ValueScreen::mayNeedWhitespaceClean(s))
            QVERIFY2(Whitespace::clean(s) == s, qPrintable(s));
        if (!ValueScreen::mayNeedUnicodeClean(s))
            QVERIFY2(UnicodeHygiene::clean(s) == s, qPrintable(s));
        if (!ValueScreen::mayNeedPersonTitleCase(s))
            QVERIFY2(NameCaser::apply(s, NameCaser::Title, NameCaser::Person) == s, qPrintable(s));
    }
    QVERIFY(ValueScreen::isIsoDate(u"2024-02-29"));
    QVERIFY(!ValueScreen::isIsoDate(u"2023-02-29"));
    QVERIFY(!ValueScreen::isIsoDate(u"2024-2-29"));
}

void TestRuleEngine::qualityRecordMapsContactsAndCompanies()
{
    const QualityRecord contact = goodContact();
    QCOMPARE(contact.entity(), Entity::Contact);
    QCOMPARE(contact.id(), qint64(7));
    QCOMPARE(contact.value(u"first_name"), QStringLiteral("Ann"));
    QCOMPARE(contact.value(QualityField::Company), QStringLiteral("Siemens AG"));
    QCOMPARE(contact.values(u"email"), QStringList{QStringLiteral("ann.smith@siemens.com")});
    QCOMPARE(contact.phoneE164(), QStringList{QStringLiteral("+49301234567")});
    QCOMPARE(contact.values(QualityField::Tags), QStringList{QStringLiteral("Customer")});
    QVERIFY(!contact.flag(QualityField::DoNotEmail));
    QVERIFY(contact.value(u"industry").isEmpty()); // not a contact field

    QualityRecord company = goodCompany();
    QCOMPARE(company.value(u"name"), QStringLiteral("Siemens AG"));
    QCOMPARE(company.value(QualityField::Email), QStringLiteral("info@siemens.com"));
    QVERIFY(!company.setValue(u"first_name", QStringLiteral("Ann")));
    QVERIFY(company.setValue(u"industry", QStringLiteral("Retail")));
    QCOMPARE(company.value(QualityField::Industry), QStringLiteral("Retail"));

    QCOMPARE(QualityRecord::fieldForKey(Entity::Contact, u"lead_source"), QualityField::LeadSource);
    QCOMPARE(QualityRecord::fieldForKey(Entity::Company, u"lead_source"), QualityField::Count);
    QCOMPARE(QualityRecord::keyOf(QualityField::DoNotEmail), QStringLiteral("do_not_email"));
    QVERIFY(QualityRecord::keys(Entity::Company).contains(QStringLiteral("size")));
    QVERIFY(!QualityRecord::keys(Entity::Company).contains(QStringLiteral("birthday")));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
