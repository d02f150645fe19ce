#include "io/sampledatabuilder.h"
#include "core/timestamps.h"
#include "storage/sqlerror.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "stores/pipelinestore.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTime>

namespace Kempt {

namespace {

// Any fixed value will do; it only has to stay the same from run to run.
constexpr quint32 kSeed = 0x4B454D50;

using Source = SampleDataSource;

Result execSql(QSqlDatabase db, const QString &sql, const QVariantList &binds = {}, qint64 *id = nullptr)
{
    QSqlQuery q(db);
    const Result r = exec(q, sql, binds);
    if (r && id)
        *id = q.lastInsertId().toLongLong();
    return r;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString languageOf(const QString &culture)
{
    static const QHash<QString, int> index = {{QStringLiteral("en"), 0}, {QStringLiteral("de"), 1},
                                              {QStringLiteral("fr"), 2}, {QStringLiteral("es"), 3},
                                              {QStringLiteral("ru"), 4}, {QStringLiteral("ar"), 5},
                                              {QStringLiteral("fa"), 6}};
    return Source::languages().at(index.value(culture, 0));
}

bool isLatinCulture(const QString &culture)
{
    return culture != QLatin1String("ru") && culture != QLatin1String("ar") && culture != QLatin1String("fa");
}

} // namespace

SampleDataBuilder::SampleDataBuilder(QSqlDatabase db, const QString &path, int contacts)
    : m_db(db)
    , m_path(path)
    , m_contactCount(contacts)
    , m_rng(kSeed)
    , m_today(QDate::currentDate())
{
}

Result SampleDataBuilder::run()
{
    using Step = Result (SampleDataBuilder::*)();
    for (Step step : {&SampleDataBuilder::checkEmpty, &SampleDataBuilder::addOwners, &SampleDataBuilder::addCustomFields,
                      &SampleDataBuilder::addCompanies, &SampleDataBuilder::addContacts, &SampleDataBuilder::addPipeline,
                      &SampleDataBuilder::addDeals, &SampleDataBuilder::addNotes, &SampleDataBuilder::addActivities,
                      &SampleDataBuilder::stampLastContacted}) {
        const Result r = (this->*step)();
        if (!r)
            return r;
    }
    return Result::success();
}

int SampleDataBuilder::weighted(const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = pick(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i))
            return i;
        roll -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

QString SampleDataBuilder::at(const QDate &day)
{
    return toIso(QDateTime(day, QTime(8 + pick(10), pick(60), pick(60)), Qt::UTC));
}

Result SampleDataBuilder::checkEmpty()
{
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM companies) "
                                            "+ (SELECT count(*) FROM deals)"));
    if (!r)
        return r;
    if (q.next() && q.value(0).toLongLong() > 0)
        return Result::failure(QCoreApplication::translate("Kempt", "%1 already holds contacts. The sample data goes into an empty "
                                                                    "workspace; create one with File > New.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    return Result::success();
}

Result SampleDataBuilder::addOwners()
{
    UserStore users(m_db);
    for (const QString &name : Source::owners()) {
        qint64 id = 0;
        Result r = users.idForName(name, true, &id);
        if (r)
            r = execSql(m_db, QStringLiteral("UPDATE users SET email = ? WHERE id = ?"),
                    {Source::asciiOf(name).replace(QLatin1Char('-'), QLatin1Char('.')) + QStringLiteral("@example.com"), id});
        if (!r)
            return r;
        m_ownerIds << id;
    }
    return Result::success();
}

Result SampleDataBuilder::addCustomFields()
{
    const QString languages = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(Source::languages())).toJson(QJsonDocument::Compact));
    const Result r = execSql(m_db, QStringLiteral("INSERT INTO custom_fields(entity, key, label, type, choices, position) "
                                              "VALUES ('contact', 'preferred_language', 'Preferred language', 'choice', ?, 0)"),
                         {languages});
    if (!r)
        return r;
    return execSql(m_db, QStringLiteral("INSERT INTO custom_fields(entity, key, label, type, choices, position) "
                                    "VALUES ('company', 'customer_number', 'Customer number', 'text', '[]', 0)"));
}

QString SampleDataBuilder::localNumber(const Source::Country &country)
{
    if (country.mobile.isEmpty()) // North America: the 555-01xx numbers reserved for fiction
        return QStringLiteral("555 01%1").arg(pick(100), 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1%2 %3").arg(2 + pick(8)).arg(pick(100), 2, 10, QLatin1Char('0')).arg(pick(10000), 4, 10, QLatin1Char('0'));
}

PhoneNumber SampleDataBuilder::phone(const Source::Country &country, const QString &area, const QString &label)
{
    PhoneNumber p;
    p.label = label;
    const QString local = localNumber(country);
    if (country.trunkZero && chance(3)) {
        // Written the national way, as people type it; the normalizer has work to do.
        p.number = QStringLiteral("0%1 %2").arg(area, local);
        return p;
    }
    p.number = QStringLiteral("+%1 %2 %3").arg(country.dial, area, local);
    for (const QChar c : p.number)
        if (c.isDigit() || c == QLatin1Char('+'))
            p.e164 += c;
    return p;
}

QString SampleDataBuilder::uniqueEmail(const QString &local, const QString &domain)
{
    QString address = local + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(address); ++n)
        address = local + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(address);
    return address;
}

Result SampleDataBuilder::addCompanies()
{
    CompanyStore store(m_db);
    const QList<Source::Company> &sources = Source::companies();
    int customerNumber = 10000;
    for (int i = 0; i < sources.size(); ++i) {
        const Source::Company &s = sources.at(i);
        const Source::Country &country = Source::country(s.country);
        CompanyRow row;
        row.source = i;
        row.owner = pick(int(m_ownerIds.size()));
        row.customer = chance(45);
        Company c;
        c.name = s.name;
        c.legalForm = s.legalForm;
        c.industry = s.industry;
        c.size = s.size;
        c.website = QStringLiteral("https://www.") + s.domain;
        c.email = any(QStringList{QStringLiteral("info"), QStringLiteral("contact"), QStringLiteral("office")})
            + QLatin1Char('@') + s.domain;
        c.phone = phone(country, s.area, QStringLiteral("work")).number;
        c.street = s.street;
        c.city = s.city;
        c.postcode = s.postcode;
        c.country = s.country;
        c.ownerName = Source::owners().at(row.owner);
        if (row.customer)
            c.tags << QStringLiteral("Customer");
        else if (chance(70))
            c.tags << QStringLiteral("Prospect");
        if (chance(12))
            c.tags << QStringLiteral("Partner");
        Result r = store.insert(c);
        if (r)
            r = execSql(m_db, QStringLiteral("UPDATE companies SET created_at = ?, updated_at = ? WHERE id = ?"),
                    {daysAgo(400 + pick(600)), daysAgo(1 + pick(120)), c.id});
        if (r && row.customer)
            r = execSql(m_db, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) SELECT id, ?, ? "
                                         "FROM custom_fields WHERE entity = 'company' AND key = 'customer_number'"),
                    {c.id, QStringLiteral("K-%1").arg(customerNumber++)});
        if (!r)
            return r;
        row.id = c.id;
        m_companies << row;
    }
    return Result::success();
}

int SampleDataBuilder::companyIndex(const QString &name) const
{
    for (int i = 0; i < m_companies.size(); ++i)
        if (Source::companies().at(m_companies.at(i).source).name == name)
            return i;
    return -1;
}

void SampleDataBuilder::addChannels(Contact &contact, const Source::Name &first, const Source::Name &last,
                                    const Source::Company *company, const QString &countryCode)
{
    const Source::Country &country = Source::country(countryCode);
    if (company) {
        const int style = pick(3);
        const QString local = style == 0 ? first.latin + QLatin1Char('.') + last.latin
            : style == 1                 ? first.latin.left(1) + QLatin1Char('.') + last.latin
                                         : first.latin;
        contact.emails << EmailAddress{0, uniqueEmail(local, company->domain), QStringLiteral("work"), true};
    }
    if (!company || chance(30)) {
        const QString domain = any(QStringList{QStringLiteral("mailhaven.net"), QStringLiteral("postbox.org"),
                                               QStringLiteral("inboxly.com")});
        contact.emails << EmailAddress{0, uniqueEmail(first.latin + QLatin1Char('.') + last.latin, domain),
                                       QStringLiteral("home"), contact.emails.isEmpty()};
    }
    if (company && chance(85))
        contact.phones << phone(country, company->area, QStringLiteral("work"));
    if (contact.phones.isEmpty() || chance(40)) {
        const QString area = country.mobile.isEmpty() ? (company ? company->area : QStringLiteral("212")) : country.mobile;
        contact.phones << phone(country, area, QStringLiteral("mobile"));
    }
    if (!contact.phones.isEmpty())
        contact.phones.first().primary = true;
}

Contact SampleDataBuilder::makeContact(int *companyOut)
{
    const QList<Source::Company> &sources = Source::companies();
    const int company = !m_companies.isEmpty() && chance(90) ? pick(int(m_companies.size())) : -1;
    const Source::Company *src = company >= 0 ? &sources.at(m_companies.at(company).source) : nullptr;
    const Source::Company &place = src ? *src : any(sources);
    const Source::Culture &culture = chance(78) ? Source::culture(Source::country(place.country).culture)
                                                : any(Source::cultures());
    const bool female = chance(50);
    Source::Name first;
    Source::Name surname;
    // Namesakes exist, but a few re-rolls keep them rare, so the deliberate duplicates stand out.
    for (int attempt = 0; attempt < 4; ++attempt) {
        first = any(female ? culture.female : culture.male);
        surname = any(culture.last);
        if (!m_names.contains(first.native + QLatin1Char(' ') + surname.native))
            break;
    }
    m_names.insert(first.native + QLatin1Char(' ') + surname.native);
    const Source::Name last{female ? Source::femaleSurname(culture, surname, false) : surname.native,
                            female ? Source::femaleSurname(culture, surname, true) : surname.latin};

    Contact c;
    const int salutation = pick(100);
    c.salutation = salutation < 5 ? QStringLiteral("Dr") : salutation < 60 ? (female ? QStringLiteral("Ms") : QStringLiteral("Mr")) : QString();
    c.firstName = first.native;
    c.lastName = last.native;
    if (isLatinCulture(culture.key) && chance(2)) {
        // Typed in a hurry or copied from a form that shouts.
        if (chance(50)) {
            c.firstName = c.firstName.toLower();
            c.lastName = c.lastName.toLower();
        } else {
            c.lastName = c.lastName.toUpper();
        }
    }
    if (chance(90)) {
        const Source::Job &job = any(Source::jobs());
        c.jobTitle = job.title;
        if (chance(70))
            c.department = job.department;
    }
    c.companyName = src ? src->name : QString();
    c.city = place.city;
    c.country = chance(2) ? QString() : place.country;
    c.leadSource = Source::leadSources().at(weighted({30, 20, 15, 10, 10, 15}));
    c.ownerName = Source::owners().at(src && chance(80) ? m_companies.at(company).owner : pick(int(m_ownerIds.size())));
    addChannels(c, first, last, src, place.country);

    if (src && m_companies.at(company).customer)
        c.tags << QStringLiteral("Customer");
    else if (chance(40))
        c.tags << QStringLiteral("Prospect");
    if (chance(8))
        c.tags << QStringLiteral("VIP");
    if (c.department == QLatin1String("Management") || c.jobTitle.startsWith(QLatin1String("Chief")))
        c.tags << QStringLiteral("Decision maker");
    if (chance(5))
        c.tags << QStringLiteral("Partner");
    if (chance(6))
        c.tags << QStringLiteral("Webinar");
    c.doNotEmail = chance(3);
    c.doNotCall = chance(2);
    if (chance(4)) {
        c.unsubscribedAt = daysAgo(5 + pick(200));
        c.unsubscribeReason = any(Source::unsubscribeReasons());
    } else if (!c.doNotEmail && chance(35)) {
        c.tags << QStringLiteral("Newsletter");
    }
    if (chance(25))
        c.birthday = QDate(1958 + pick(42), 1 + pick(12), 1 + pick(28)).toString(Qt::ISODate);
    if (chance(50))
        c.custom.insert(QStringLiteral("preferred_language"), languageOf(culture.key));
    const int created = 1 + pick(720);
    c.createdAt = daysAgo(created);
    c.updatedAt = daysAgo(qMax(1, created - pick(60)));
    *companyOut = company;
    return c;
}

Contact SampleDataBuilder::featuredContact(int index, int *companyOut)
{
    // The first contacts are always the same people, so every sample workspace, however
    // small, shows right-to-left and Cyrillic names next to Latin ones.
    struct Featured
    {
        const char *first, *last, *firstLatin, *lastLatin, *company, *title, *department, *culture;
        bool female;
    };
    static const Featured people[] = {
        {"Мария", "Иванова", "maria", "ivanova", "Волга Логистик", "Head of Procurement", "Purchasing", "ru", true},
        {"محمد", "العلي", "mohammed", "alali", "مجموعة النخيل", "Managing Director", "Management", "ar", false},
        {"زهرا", "محمدی", "zahra", "mohammadi", "پارس داده", "Chief Technology Officer", "IT", "fa", true},
        {"Jürgen", "Müller", "juergen", "mueller", "Nordwind Logistik", "Head of Sales", "Sales", "de", false},
    };
    const Featured &f = people[index];
    const int company = companyIndex(QString::fromUtf8(f.company));
    const Source::Company &src = Source::companies().at(m_companies.at(company).source);
    Contact c;
    c.salutation = f.female ? QStringLiteral("Ms") : QStringLiteral("Mr");
    c.firstName = QString::fromUtf8(f.first);
    c.lastName = QString::fromUtf8(f.last);
    m_names.insert(c.firstName + QLatin1Char(' ') + c.lastName);
    c.jobTitle = QString::fromUtf8(f.title);
    c.department = QString::fromUtf8(f.department);
    c.companyName = src.name;
    c.city = src.city;
    c.country = src.country;
    c.leadSource = QStringLiteral("Referral");
    c.ownerName = Source::owners().at(m_companies.at(company).owner);
    c.emails << EmailAddress{0, uniqueEmail(QString::fromUtf8(f.firstLatin) + QLatin1Char('.') + QString::fromUtf8(f.lastLatin), src.domain),
                             QStringLiteral("work"), true};
    const Source::Country &country = Source::country(src.country);
    PhoneNumber work;
    work.number = QStringLiteral("+%1 %2 %3").arg(country.dial, src.area, QStringLiteral("555 01%1").arg(10 + index));
    work.e164 = QStringLiteral("+%1%2555 01%3").arg(country.dial, src.area).arg(10 + index).remove(QLatin1Char(' '));
    work.primary = true;
    c.phones << work;
    c.tags << QStringLiteral("Customer") << QStringLiteral("VIP") << QStringLiteral("Decision maker");
    c.custom.insert(QStringLiteral("preferred_language"), languageOf(QString::fromUtf8(f.culture)));
    c.createdAt = daysAgo(600 + index);
    c.updatedAt = daysAgo(30 + index);
    *companyOut = company;
    return c;
}

Contact SampleDataBuilder::duplicateOf(const Contact &original)
{
    // The same person again, as a careless import brings them in.
    Contact d = original;
    d.id = 0;
    d.emails.clear();
    for (const EmailAddress &e : original.emails) {
        EmailAddress copy = e;
        copy.id = 0;
        copy.address = e.address.left(1).toUpper() + e.address.mid(1);
        d.emails << copy;
    }
    d.phones.clear();
    for (const PhoneNumber &p : original.phones) {
        PhoneNumber copy = p;
        copy.id = 0;
        copy.number = QString(p.number).remove(QLatin1Char(' '));
        d.phones << copy;
    }
    d.tags.clear();
    d.custom.clear();
    d.jobTitle.clear();
    d.department.clear();
    d.salutation.clear();
    d.leadSource = QStringLiteral("Import");
    d.createdAt = daysAgo(1 + pick(30));
    d.updatedAt = d.createdAt;
    return d;
}

Result SampleDataBuilder::addContacts()
{
    ContactStore store(m_db);
    QList<Contact> seen;
    QList<int> seenCompany;
    for (int i = 0; i < m_contactCount; ++i) {
        int company = -1;
        Contact c;
        if (i < 4)
            c = featuredContact(i, &company);
        else if (i % 97 == 96 && !seen.isEmpty()) {
            const int original = pick(int(seen.size()));
            c = duplicateOf(seen.at(original));
            company = seenCompany.at(original);
        } else {
            c = makeContact(&company);
        }
        const Result r = store.insert(c);
        if (!r)
            return r;
        m_contacts << ContactRow{c.id, company, c.effectiveDisplayName(), c.leadSource};
        if (i % 10 == 5) {
            seen << c;
            seenCompany << company;
        }
    }
    return Result::success();
}

Result SampleDataBuilder::addPipeline()
{
    // The pipeline every new workspace gets, gates and rotting periods included, so the
    // sample shows the board as a user will first see it.
    Pipeline pipeline = PipelineStore::defaultPipeline();
    const Result r = PipelineStore(m_db).insert(pipeline);
    m_pipelineId = pipeline.id;
    for (const Stage &s : std::as_const(pipeline.stages))
        m_stageIds << s.id;
    return r;
}

Result SampleDataBuilder::addDeals()
{
    if (m_contacts.isEmpty())
        return Result::success();
    QHash<int, QList<int>> byCompany;
    for (int i = 0; i < m_contacts.size(); ++i)
        if (m_contacts.at(i).company >= 0)
            byCompany[m_contacts.at(i).company] << i;
    QList<double> ranks(m_stageIds.size(), 0.0);
    const int count = qMax(1, m_contactCount / 5);
    for (int d = 0; d < count; ++d) {
        int contact = pick(int(m_contacts.size()));
        for (int tries = 0; tries < 5 && m_contacts.at(contact).company < 0; ++tries)
            contact = pick(int(m_contacts.size()));
        const ContactRow &person = m_contacts.at(contact);
        const CompanyRow *company = person.company >= 0 ? &m_companies.at(person.company) : nullptr;
        const Source::Company *src = company ? &Source::companies().at(company->source) : nullptr;

        const int roll = pick(100);
        const QString status = roll < 60 ? QStringLiteral("open") : roll < 85 ? QStringLiteral("won") : QStringLiteral("lost");
        const bool closed = status != QLatin1String("open");
        const int stage = status == QLatin1String("won") ? 3 : closed ? pick(4) : weighted({35, 30, 20, 15});
        qint64 euros = qint64(2 + pick(119)) * 500;
        if (src && src->size == QStringLiteral("1000+"))
            euros *= 2;
        const int closedAgo = closed ? 1 + pick(150) : 0;
        const int createdAgo = closed ? closedAgo + 15 + pick(120) : 10 + pick(200);
        const QDate closeDay = closed ? m_today.addDays(-closedAgo)
            : chance(10)             ? m_today.addDays(-(1 + pick(20)))
                                     : m_today.addDays(7 + pick(150));
        const int enteredLastAgo = closed ? closedAgo + 1 + pick(10) : 1 + pick(qMin(createdAgo, 60));
        const QString closedAt = closed ? at(closeDay) : QString();
        const qint64 owner = m_ownerIds.at(company ? company->owner : pick(int(m_ownerIds.size())));
        ranks[stage] += 1.0;

        qint64 dealId = 0;
        Result r = execSql(m_db, QStringLiteral("INSERT INTO deals(title, value_minor, currency, company_id, contact_id, owner_id, "
                                            "pipeline_id, stage_id, rank, expected_close, status, lost_reason, source, "
                                            "created_at, updated_at, closed_at) VALUES (?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {QStringLiteral("%1 – %2").arg(src ? src->name : person.name, any(Source::dealProducts())),
                        euros * 100, idOrNull(company ? company->id : 0), person.id, owner, m_pipelineId,
                        m_stageIds.at(stage), ranks.at(stage), closeDay.toString(Qt::ISODate), status,
                        status == QLatin1String("lost") ? any(Source::lostReasons()) : QString(), person.leadSource,
                        daysAgo(createdAgo), closed ? closedAt : daysAgo(enteredLastAgo), closedAt},
                       &dealId);
        if (r)
            r = execSql(m_db, QStringLiteral("INSERT INTO deal_contacts(deal_id, contact_id) VALUES (?, ?)"), {dealId, person.id});
        const QList<int> colleagues = byCompany.value(person.company);
        if (r && colleagues.size() > 1 && chance(30)) {
            const int other = colleagues.at(pick(int(colleagues.size())));
            if (other != contact)
                r = execSql(m_db, QStringLiteral("INSERT INTO deal_contacts(deal_id, contact_id) VALUES (?, ?)"),
                        {dealId, m_contacts.at(other).id});
        }
        // The deal walked through every stage up to its current one, at a steady pace.
        const auto enteredAt = [&](int k) {
            const int ago = stage == 0 ? createdAgo : createdAgo - (createdAgo - enteredLastAgo) * k / stage;
            return toIso(QDateTime(m_today.addDays(-ago), QTime(9 + k, 0), Qt::UTC));
        };
        for (int k = 0; r && k <= stage; ++k)
            r = execSql(m_db, QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, left_at) VALUES (?, ?, ?, ?)"),
                        {dealId, m_stageIds.at(k), enteredAt(k), k == stage ? closedAt : enteredAt(k + 1)});
        if (!r)
            return r;
        m_deals << DealRow{dealId, contact};
    }
    return Result::success();
}

Result SampleDataBuilder::addNotes()
{
    if (m_contacts.isEmpty())
        return Result::success();
    const int count = qMax(1, m_contactCount / 2);
    for (int i = 0; i < count; ++i) {
        qint64 contact = 0, company = 0, deal = 0;
        const int target = pick(100);
        if (target < 15 && !m_companies.isEmpty())
            company = any(m_companies).id;
        else if (target < 30 && !m_deals.isEmpty())
            deal = any(m_deals).id;
        else
            contact = any(m_contacts).id;
        const QString when = daysAgo(1 + pick(365));
        const Result r = execSql(m_db, QStringLiteral("INSERT INTO notes(contact_id, company_id, deal_id, body, author_id, created_at, updated_at) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {idOrNull(contact), idOrNull(company), idOrNull(deal), any(Source::noteTexts()),
                              any(m_ownerIds), when, when});
        if (!r)
            return r;
    }
    return Result::success();
}

Result SampleDataBuilder::addActivities()
{
    if (m_contacts.isEmpty())
        return Result::success();
    static const char *const kinds[] = {"call", "email", "meeting", "task"};
    for (int i = 0; i < m_contactCount; ++i) {
        const int kind = weighted({35, 30, 20, 15});
        qint64 deal = 0;
        int contact = pick(int(m_contacts.size()));
        if (!m_deals.isEmpty() && chance(25)) {
            const DealRow &d = any(m_deals);
            deal = d.id;
            contact = d.contact;
        }
        const ContactRow &person = m_contacts.at(contact);
        const QStringList &subjects = kind == 0 ? Source::callSubjects()
            : kind == 1                          ? Source::emailSubjects()
            : kind == 2                          ? Source::meetingSubjects()
                                                 : Source::taskSubjects();
        QString occurred = daysAgo(1 + pick(300));
        QString due;
        bool done = true;
        if (kind == 3 && chance(60)) {
            done = false;
            occurred = daysAgo(1 + pick(20));
            due = chance(15) ? daysAgo(1 + pick(10)) : at(m_today.addDays(1 + pick(21)));
        }
        const Result r = execSql(m_db, QStringLiteral("INSERT INTO activities(contact_id, company_id, deal_id, kind, subject, body, "
                                                  "occurred_at, due_at, done, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {person.id, idOrNull(person.company >= 0 ? m_companies.at(person.company).id : 0), idOrNull(deal),
                              QString::fromLatin1(kinds[kind]), any(subjects),
                              chance(40) ? any(Source::noteTexts()) : QString(), occurred, due, int(done),
                              any(m_ownerIds), occurred});
        if (!r)
            return r;
    }
    return Result::success();
}

Result SampleDataBuilder::stampLastContacted()
{
    return execSql(m_db, QStringLiteral("UPDATE contacts SET last_contacted_at = (SELECT max(a.occurred_at) FROM activities a "
                                    "WHERE a.contact_id = contacts.id AND a.done = 1 AND a.kind <> 'task') "
                                    "WHERE id IN (SELECT contact_id FROM activities WHERE done = 1 AND kind <> 'task')"));
}

} // namespace Kempt
