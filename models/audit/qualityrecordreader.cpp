#include "audit/qualityrecordreader.h"
#include "audit/jsontextarray.h"

#include <QCoreApplication>
#include <limits>

namespace Kempt {

namespace {

using F = QualityField;

// Plain text columns of contacts, in the order they are selected (after t.id).
constexpr F kContactColumns[] = {F::Salutation, F::FirstName, F::MiddleName, F::LastName, F::DisplayName,
                                 F::JobTitle, F::Department, F::Company, F::Street, F::City, F::Region,
                                 F::Postcode, F::Country, F::Birthday, F::Website, F::LeadSource, F::Owner,
                                 F::UnsubscribedAt, F::UnsubscribeReason, F::UpdatedAt, F::LastContactedAt};
constexpr F kCompanyColumns[] = {F::Name, F::LegalForm, F::Industry, F::Size, F::Website, F::Street, F::City,
                                 F::Region, F::Postcode, F::Country, F::Owner, F::Description, F::UpdatedAt};
constexpr int kContactTexts = int(sizeof(kContactColumns) / sizeof(kContactColumns[0]));
constexpr int kCompanyTexts = int(sizeof(kCompanyColumns) / sizeof(kCompanyColumns[0]));

const QString kOwner = QStringLiteral("coalesce((SELECT name FROM users WHERE id = t.owner_id), '')");

QString tagsOf(const QString &linkTable, const QString &ownerColumn, bool refs)
{
    // The stores list tags by name (tag names are unique regardless of case).
    return QStringLiteral("(SELECT json_group_array(%3) FROM (SELECT g.id, g.name FROM %1 l JOIN tags g ON g.id = l.tag_id "
                          "WHERE l.%2 = t.id ORDER BY g.name COLLATE NOCASE))")
        .arg(linkTable, ownerColumn, refs ? QStringLiteral("json_array(id, name)") : QStringLiteral("name"));
}

} // namespace

QualityRecordReader::QualityRecordReader(QSqlDatabase db, Entity entity, Detail detail)
    : m_db(db)
    , m_entity(entity)
    , m_detail(detail)
{
}

QString QualityRecordReader::sql(Entity entity, Detail detail, const QString &condition, const QString &suffix)
{
    const bool refs = detail == Detail::WithRefs;
    QString columns;
    QString table;
    if (entity == Entity::Company) {
        table = QStringLiteral("companies");
        columns = QStringLiteral("t.id, t.name, t.legal_form, t.industry, t.size, t.website, t.street, t.city, t.region, "
                                 "t.postcode, t.country, %1, t.description, t.updated_at, t.email, t.phone, %2")
                      .arg(kOwner, tagsOf(QStringLiteral("company_tags"), QStringLiteral("company_id"), refs));
        if (refs)
            columns += QStringLiteral(", coalesce(t.owner_id, 0), t.name");
    } else {
        table = QStringLiteral("contacts");
        // E-mails and phones in the stores' order (position, then id); the primary is
        // whichever comes first there too.
        columns = QStringLiteral("t.id, t.salutation, t.first_name, t.middle_name, t.last_name, t.display_name, t.job_title, "
                                 "t.department, t.company_name, t.street, t.city, t.region, t.postcode, t.country, "
                                 "t.birthday, t.website, t.lead_source, %1, t.unsubscribed_at, t.unsubscribe_reason, "
                                 "t.updated_at, t.last_contacted_at, t.do_not_email, t.do_not_call, "
                                 "(SELECT json_group_array(%2) FROM (SELECT id, address FROM contact_emails "
                                 "WHERE contact_id = t.id ORDER BY position, id)), "
                                 "(SELECT json_group_array(%3) FROM (SELECT id, number, e164 FROM contact_phones "
                                 "WHERE contact_id = t.id ORDER BY position, id)), %4")
                      .arg(kOwner, refs ? QStringLiteral("json_array(id, address)") : QStringLiteral("address"),
                           refs ? QStringLiteral("json_array(id, number, e164)") : QStringLiteral("json_array(number, e164)"),
                           tagsOf(QStringLiteral("contact_tags"), QStringLiteral("contact_id"), refs));
        if (refs)
            columns += QStringLiteral(", coalesce(t.company_id, 0), coalesce(t.owner_id, 0), "
                                      "CASE WHEN t.display_name <> '' THEN t.display_name "
                                      "WHEN trim(t.first_name || ' ' || t.last_name) <> '' THEN trim(t.first_name || ' ' || t.last_name) "
                                      "ELSE t.primary_email END");
    }
    QString where = QStringLiteral("t.deleted_at IS NULL");
    if (!condition.isEmpty())
        where += QStringLiteral(" AND (%1)").arg(condition);
    return QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY t.id %4").arg(columns, table, where, suffix);
}

Result QualityRecordReader::open(const QString &condition, const QList<qint64> &binds, const QString &suffix)
{
    m_badJson = false;
    if (condition.isEmpty() && binds.isEmpty() && suffix.isEmpty() && m_detail == Detail::Values)
        return openIds(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    m_joined = false;
    m_joinedPrepared = false;
    Result r = m_stmt.prepare(m_db, sql(m_entity, m_detail, condition, suffix));
    if (!r)
        return r;
    for (int i = 0; i < binds.size(); ++i)
        m_stmt.bind(i + 1, binds.at(i));
    return Result::success();
}

Result QualityRecordReader::prepareJoined()
{
    // The same columns as sql(), without the gathered lists; the children come in the
    // stores' order (position, then id; tags by name) after their record's id.
    const bool company = m_entity == Entity::Company;
    const QString columns = company
        ? QStringLiteral("t.id, t.name, t.legal_form, t.industry, t.size, t.website, t.street, t.city, t.region, "
                         "t.postcode, t.country, %1, t.description, t.updated_at, t.email, t.phone").arg(kOwner)
        : QStringLiteral("t.id, t.salutation, t.first_name, t.middle_name, t.last_name, t.display_name, t.job_title, "
                         "t.department, t.company_name, t.street, t.city, t.region, t.postcode, t.country, "
                         "t.birthday, t.website, t.lead_source, %1, t.unsubscribed_at, t.unsubscribe_reason, "
                         "t.updated_at, t.last_contacted_at, t.do_not_email, t.do_not_call").arg(kOwner);
    Result r = m_stmt.prepare(m_db, QStringLiteral("SELECT %1 FROM %2 t WHERE t.deleted_at IS NULL AND t.id > ?1 AND t.id <= ?2 "
                                                   "ORDER BY t.id")
                                        .arg(columns, company ? QStringLiteral("companies") : QStringLiteral("contacts")));
    if (r && !company)
        r = m_emails.statement.prepare(m_db, QStringLiteral("SELECT contact_id, address FROM contact_emails "
                                                            "WHERE contact_id > ?1 AND contact_id <= ?2 "
                                                            "ORDER BY contact_id, position, id"));
    if (r && !company)
        r = m_phones.statement.prepare(m_db, QStringLiteral("SELECT contact_id, number, e164 FROM contact_phones "
                                                            "WHERE contact_id > ?1 AND contact_id <= ?2 "
                                                            "ORDER BY contact_id, position, id"));
    if (r)
        r = m_tags.statement.prepare(m_db, QStringLiteral("SELECT l.%1, g.name FROM %2 l JOIN tags g ON g.id = l.tag_id "
                                                          "WHERE l.%1 > ?1 AND l.%1 <= ?2 "
                                                          "ORDER BY l.%1, g.name COLLATE NOCASE")
                                               .arg(company ? QStringLiteral("company_id") : QStringLiteral("contact_id"),
                                                    company ? QStringLiteral("company_tags") : QStringLiteral("contact_tags")));
    m_joinedPrepared = r.ok();
    return r;
}

Result QualityRecordReader::openIds(qint64 after, qint64 upTo)
{
    Q_ASSERT(m_detail == Detail::Values);
    m_badJson = false;
    m_joined = true;
    if (!m_joinedPrepared) {
        const Result r = prepareJoined();
        if (!r)
            return r;
    }
    m_stmt.reset();
    m_stmt.bind(1, after);
    m_stmt.bind(2, upTo);
    for (Children *children : {&m_emails, &m_phones, &m_tags}) {
        children->hasRow = false;
        if (!children->statement.isPrepared())
            continue;
        children->statement.reset();
        children->statement.bind(1, after);
        children->statement.bind(2, upTo);
        children->hasRow = children->statement.step();
    }
    return Result::success();
}

void QualityRecordReader::Children::take(qint64 id, QStringList *values, QStringList *second)
{
    // Rows of records that are not read (in the trash) are passed over.
    while (hasRow) {
        const qint64 owner = statement.integer(0);
        if (owner > id)
            return;
        if (owner == id) {
            values->append(statement.text(1));
            if (second)
                second->append(statement.text(2));
        }
        hasRow = statement.step();
    }
}

bool QualityRecordReader::next(QualityRecord *record, RecordRefs *refs)
{
    if (!m_stmt.step())
        return false;
    return m_entity == Entity::Company ? readCompany(record, refs) : readContact(record, refs);
}

Result QualityRecordReader::result() const
{
    if (m_badJson)
        return Result::failure(QCoreApplication::translate("Audit", "A record's e-mails, phones or tags could not be read. "
                                                                     "Run \"kempt-cli info\" to check the workspace."));
    const QString what = QCoreApplication::translate("Audit", "Reading the records for the audit");
    for (const Children *children : {&m_emails, &m_phones, &m_tags})
        if (const Result r = children->statement.result(what); !r)
            return r;
    return m_stmt.result(what);
}

bool QualityRecordReader::list(int column, QStringList *values)
{
    int size = 0;
    const char *text = m_stmt.utf8(column, &size);
    if (JsonTextArray::parse(text, size, values))
        return true;
    m_badJson = true;
    return false;
}

bool QualityRecordReader::readContact(QualityRecord *record, RecordRefs *refs)
{
    *record = QualityRecord(Entity::Contact, m_stmt.integer(0));
    int column = 1;
    for (F field : kContactColumns)
        record->setValue(field, m_stmt.text(column++));
    // Flags read as "1" or empty, as QualityRecord::fromContact writes them.
    if (m_stmt.integer(column++))
        record->setValue(F::DoNotEmail, QStringLiteral("1"));
    if (m_stmt.integer(column++))
        record->setValue(F::DoNotCall, QStringLiteral("1"));
    static_assert(kContactTexts == 21, "the contact query selects these columns");
    if (m_joined) {
        QStringList emails, numbers, e164, tags;
        m_emails.take(record->id(), &emails);
        m_phones.take(record->id(), &numbers, &e164);
        m_tags.take(record->id(), &tags);
        record->setValues(F::Email, emails);
        record->setValues(F::Phone, numbers);
        record->setPhoneE164(e164);
        record->setValues(F::Tags, tags);
        return true;
    }
    QStringList emails, phones, tags;
    if (!list(column++, &emails) || !list(column++, &phones) || !list(column++, &tags))
        return false;
    if (m_detail == Detail::Values) {
        record->setValues(F::Email, emails);
        // The engine reads a phone's stored E.164 form too: a number spelled as stored is
        // accepted as it is.
        QStringList numbers, e164;
        for (int i = 0; i + 1 < phones.size(); i += 2) {
            numbers << phones.at(i);
            e164 << phones.at(i + 1);
        }
        record->setValues(F::Phone, numbers);
        record->setPhoneE164(e164);
        record->setValues(F::Tags, tags);
        return true;
    }
    RecordRefs local;
    RecordRefs &r = refs ? *refs : local;
    r = RecordRefs();
    QStringList values, e164;
    for (int i = 0; i + 1 < emails.size(); i += 2) {
        r.emailIds << emails.at(i).toLongLong();
        values << emails.at(i + 1);
    }
    record->setValues(F::Email, values);
    values.clear();
    for (int i = 0; i + 2 < phones.size(); i += 3) {
        r.phoneIds << phones.at(i).toLongLong();
        values << phones.at(i + 1);
        e164 << phones.at(i + 2);
    }
    record->setValues(F::Phone, values);
    record->setPhoneE164(e164);
    values.clear();
    for (int i = 0; i + 1 < tags.size(); i += 2) {
        r.tagIds << tags.at(i).toLongLong();
        values << tags.at(i + 1);
    }
    record->setValues(F::Tags, values);
    r.companyId = m_stmt.integer(column++);
    r.ownerId = m_stmt.integer(column++);
    r.name = m_stmt.text(column++);
    return true;
}

bool QualityRecordReader::readCompany(QualityRecord *record, RecordRefs *refs)
{
    *record = QualityRecord(Entity::Company, m_stmt.integer(0));
    int column = 1;
    for (F field : kCompanyColumns)
        record->setValue(field, m_stmt.text(column++));
    static_assert(kCompanyTexts == 13, "the company query selects these columns");
    // A company has one e-mail and one phone, kept in its own row (QualityRecord::fromCompany).
    const QString email = m_stmt.text(column++);
    if (!email.isEmpty())
        record->setValues(F::Email, {email});
    const QString phone = m_stmt.text(column++);
    if (!phone.isEmpty())
        record->setValues(F::Phone, {phone});
    QStringList tags;
    if (m_joined)
        m_tags.take(record->id(), &tags);
    else if (!list(column++, &tags))
        return false;
    if (m_detail == Detail::Values) {
        record->setValues(F::Tags, tags);
        return true;
    }
    RecordRefs local;
    RecordRefs &r = refs ? *refs : local;
    r = RecordRefs();
    QStringList names;
    for (int i = 0; i + 1 < tags.size(); i += 2) {
        r.tagIds << tags.at(i).toLongLong();
        names << tags.at(i + 1);
    }
    record->setValues(F::Tags, names);
    r.ownerId = m_stmt.integer(column++);
    r.name = m_stmt.text(column++);
    return true;
}

} // namespace Kempt
