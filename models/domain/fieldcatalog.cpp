#include "domain/fieldcatalog.h"
#include "domain/lostreasons.h"
#include "domain/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

FieldDef column(const QString &key, const char *label, FieldType type, bool inTable = false,
                bool indexed = true)
{
    FieldDef f;
    f.key = key;
    f.label = label;
    f.type = type;
    f.column = key;
    f.select = QStringLiteral("t.") + key;
    const bool text = type != FieldType::Bool && type != FieldType::Number && type != FieldType::Date
        && type != FieldType::DateTime && type != FieldType::Country;
    if (indexed)
        f.sort = text ? QStringLiteral("t.%1 COLLATE NOCASE").arg(key) : QStringLiteral("t.") + key;
    f.inTableByDefault = inTable;
    return f;
}

FieldDef special(const QString &key, const char *label, FieldType type, FieldStorage storage,
                 const QString &select, const QString &sort, bool inTable, const QString &col = QString())
{
    FieldDef f;
    f.key = key;
    f.label = label;
    f.type = type;
    f.storage = storage;
    f.select = select;
    f.sort = sort;
    f.column = col;
    f.inTableByDefault = inTable;
    return f;
}

FieldDef readOnly(FieldDef f)
{
    f.editable = false;
    return f;
}

FieldDef owner()
{
    return special(QStringLiteral("owner"), QT_TRANSLATE_NOOP("Field", "Owner"), FieldType::Owner,
                   FieldStorage::OwnerRef, QStringLiteral("(SELECT name FROM users WHERE id = t.owner_id)"),
                   QStringLiteral("(SELECT name FROM users WHERE id = t.owner_id) COLLATE NOCASE"), true, QStringLiteral("owner_id"));
}

FieldDef tags(Entity e)
{
    const QString link = FieldCatalog::tagTableOf(e);
    const QString col = FieldCatalog::tagOwnerColumn(e);
    return special(QStringLiteral("tags"), QT_TRANSLATE_NOOP("Field", "Tags"), FieldType::Tags, FieldStorage::TagSet,
                   QStringLiteral("(SELECT group_concat(name, ', ') FROM (SELECT g.name FROM %1 l JOIN tags g ON g.id = l.tag_id "
                                  "WHERE l.%2 = t.id ORDER BY g.name COLLATE NOCASE))").arg(link, col),
                   QString(), true);
}

FieldDef timestamp(const QString &key, const char *label, bool inTable = false)
{
    return readOnly(column(key, label, FieldType::DateTime, inTable));
}

QList<FieldDef> contactFields()
{
    return {
        column(QStringLiteral("display_name"), QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, true),
        column(QStringLiteral("salutation"), QT_TRANSLATE_NOOP("Field", "Salutation"), FieldType::Choice, false, false),
        column(QStringLiteral("first_name"), QT_TRANSLATE_NOOP("Field", "First name"), FieldType::Text),
        column(QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("Field", "Middle name"), FieldType::Text, false, false),
        column(QStringLiteral("last_name"), QT_TRANSLATE_NOOP("Field", "Last name"), FieldType::Text),
        column(QStringLiteral("job_title"), QT_TRANSLATE_NOOP("Field", "Job title"), FieldType::Text, true),
        column(QStringLiteral("department"), QT_TRANSLATE_NOOP("Field", "Department"), FieldType::Text, false, false),
        special(QStringLiteral("company"), QT_TRANSLATE_NOOP("Field", "Company"), FieldType::Company, FieldStorage::CompanyRef,
                QStringLiteral("t.company_name"), QStringLiteral("t.company_name COLLATE NOCASE"), true,
                QStringLiteral("company_id")),
        special(QStringLiteral("email"), QT_TRANSLATE_NOOP("Field", "E-mail"), FieldType::Email, FieldStorage::PrimaryEmail,
                QStringLiteral("t.primary_email"), QStringLiteral("t.primary_email COLLATE NOCASE"), true),
        special(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Field", "Phone"), FieldType::Phone, FieldStorage::PrimaryPhone,
                QStringLiteral("t.primary_phone"), QStringLiteral("t.primary_phone"), true),
        column(QStringLiteral("street"), QT_TRANSLATE_NOOP("Field", "Street"), FieldType::Text, false, false),
        column(QStringLiteral("city"), QT_TRANSLATE_NOOP("Field", "City"), FieldType::Text, true),
        column(QStringLiteral("region"), QT_TRANSLATE_NOOP("Field", "Region"), FieldType::Text, false, false),
        column(QStringLiteral("postcode"), QT_TRANSLATE_NOOP("Field", "Postcode"), FieldType::Text, false, false),
        column(QStringLiteral("country"), QT_TRANSLATE_NOOP("Field", "Country"), FieldType::Country, true),
        column(QStringLiteral("birthday"), QT_TRANSLATE_NOOP("Field", "Birthday"), FieldType::Date, false, false),
        column(QStringLiteral("website"), QT_TRANSLATE_NOOP("Field", "Website"), FieldType::Url, false, false),
        column(QStringLiteral("lead_source"), QT_TRANSLATE_NOOP("Field", "Lead source"), FieldType::Choice),
        owner(),
        column(QStringLiteral("do_not_email"), QT_TRANSLATE_NOOP("Field", "Do not e-mail"), FieldType::Bool, false, false),
        column(QStringLiteral("do_not_call"), QT_TRANSLATE_NOOP("Field", "Do not call"), FieldType::Bool, false, false),
        column(QStringLiteral("unsubscribed_at"), QT_TRANSLATE_NOOP("Field", "Unsubscribed"), FieldType::DateTime, false, false),
        column(QStringLiteral("unsubscribe_reason"), QT_TRANSLATE_NOOP("Field", "Unsubscribe reason"), FieldType::Text, false, false),
        tags(Entity::Contact),
        timestamp(QStringLiteral("created_at"), QT_TRANSLATE_NOOP("Field", "Created")),
        timestamp(QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("Field", "Updated"), true),
        column(QStringLiteral("last_contacted_at"), QT_TRANSLATE_NOOP("Field", "Last contacted"), FieldType::DateTime),
    };
}

QList<FieldDef> companyFields()
{
    return {
        column(QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name"), FieldType::Text, true),
        column(QStringLiteral("legal_form"), QT_TRANSLATE_NOOP("Field", "Legal form"), FieldType::Text, false, false),
        column(QStringLiteral("industry"), QT_TRANSLATE_NOOP("Field", "Industry"), FieldType::Choice, true),
        column(QStringLiteral("size"), QT_TRANSLATE_NOOP("Field", "Size"), FieldType::Choice, false, false),
        column(QStringLiteral("website"), QT_TRANSLATE_NOOP("Field", "Website"), FieldType::Url, true, false),
        column(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Field", "Phone"), FieldType::Phone, false, false),
        column(QStringLiteral("email"), QT_TRANSLATE_NOOP("Field", "E-mail"), FieldType::Email, false, false),
        column(QStringLiteral("street"), QT_TRANSLATE_NOOP("Field", "Street"), FieldType::Text, false, false),
        column(QStringLiteral("city"), QT_TRANSLATE_NOOP("Field", "City"), FieldType::Text, true),
        column(QStringLiteral("region"), QT_TRANSLATE_NOOP("Field", "Region"), FieldType::Text, false, false),
        column(QStringLiteral("postcode"), QT_TRANSLATE_NOOP("Field", "Postcode"), FieldType::Text, false, false),
        column(QStringLiteral("country"), QT_TRANSLATE_NOOP("Field", "Country"), FieldType::Country, true),
        owner(),
        readOnly(special(QStringLiteral("contact_count"), QT_TRANSLATE_NOOP("Field", "Contacts"), FieldType::Number,
                         FieldStorage::Computed,
                         QStringLiteral("(SELECT count(*) FROM contacts k WHERE k.company_id = t.id AND k.deleted_at IS NULL)"),
                         QStringLiteral("(SELECT count(*) FROM contacts k WHERE k.company_id = t.id AND k.deleted_at IS NULL)"), true)),
        tags(Entity::Company),
        column(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Description"), FieldType::LongText, false, false),
        timestamp(QStringLiteral("created_at"), QT_TRANSLATE_NOOP("Field", "Created")),
        timestamp(QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("Field", "Updated"), true),
    };
}

// Deals: value is shown in major units and probability in percent (the stage's default
// unless the deal overrides it); DealFieldWriter converts both ways and moves deals
// between stages through the stage gate.
QList<FieldDef> dealFields()
{
    const QString stageProbability = QStringLiteral("(SELECT s.probability FROM stages s WHERE s.id = t.stage_id)");
    const QString probability = QStringLiteral("round(coalesce(t.probability, %1) * 100, 1)").arg(stageProbability);
    FieldDef status = readOnly(column(QStringLiteral("status"), QT_TRANSLATE_NOOP("Field", "Status"), FieldType::Choice, true));
    status.choices = {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")};
    const QString company = QStringLiteral("(SELECT c.name FROM companies c WHERE c.id = t.company_id)");
    const QString contact = QStringLiteral("(SELECT k.display_name FROM contacts k WHERE k.id = t.contact_id)");
    const QString pipeline = QStringLiteral("(SELECT p.name FROM pipelines p WHERE p.id = t.pipeline_id)");
    return {
        column(QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title"), FieldType::Text, true),
        special(QStringLiteral("value"), QT_TRANSLATE_NOOP("Field", "Value"), FieldType::Number, FieldStorage::Column,
                QStringLiteral("(t.value_minor * 1.0 / %1)").arg(Money::minorPerMajorSql(QStringLiteral("t.currency"))),
                QStringLiteral("t.value_minor"), true, QStringLiteral("value_minor")),
        column(QStringLiteral("currency"), QT_TRANSLATE_NOOP("Field", "Currency"), FieldType::Text, true),
        special(QStringLiteral("company"), QT_TRANSLATE_NOOP("Field", "Company"), FieldType::Company, FieldStorage::CompanyRef,
                company, company + QStringLiteral(" COLLATE NOCASE"), true, QStringLiteral("company_id")),
        readOnly(special(QStringLiteral("contact"), QT_TRANSLATE_NOOP("Field", "Contact"), FieldType::Text, FieldStorage::Computed,
                         contact, contact + QStringLiteral(" COLLATE NOCASE"), false)),
        owner(),
        readOnly(special(QStringLiteral("pipeline"), QT_TRANSLATE_NOOP("Field", "Pipeline"), FieldType::Text, FieldStorage::Computed,
                         pipeline, pipeline + QStringLiteral(" COLLATE NOCASE"), false)),
        special(QStringLiteral("stage"), QT_TRANSLATE_NOOP("Field", "Stage"), FieldType::Choice, FieldStorage::Column,
                QStringLiteral("(SELECT s.name FROM stages s WHERE s.id = t.stage_id)"),
                QStringLiteral("(SELECT s.position FROM stages s WHERE s.id = t.stage_id)"), true, QStringLiteral("stage_id")),
        column(QStringLiteral("expected_close"), QT_TRANSLATE_NOOP("Field", "Expected close"), FieldType::Date, true),
        special(QStringLiteral("probability"), QT_TRANSLATE_NOOP("Field", "Probability (%)"), FieldType::Number,
                FieldStorage::Column, probability, probability, true, QStringLiteral("probability")),
        status,
        column(QStringLiteral("lost_reason"), QT_TRANSLATE_NOOP("Field", "Lost reason"), FieldType::Choice),
        column(QStringLiteral("source"), QT_TRANSLATE_NOOP("Field", "Source"), FieldType::Text),
        timestamp(QStringLiteral("created_at"), QT_TRANSLATE_NOOP("Field", "Created")),
        timestamp(QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("Field", "Updated")),
        timestamp(QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("Field", "Closed")),
    };
}

FieldType customType(const QString &type)
{
    if (type == QLatin1String("number"))
        return FieldType::Number;
    if (type == QLatin1String("date"))
        return FieldType::Date;
    if (type == QLatin1String("choice"))
        return FieldType::Choice;
    if (type == QLatin1String("checkbox"))
        return FieldType::Bool;
    return FieldType::Text;
}

} // namespace

QList<FieldDef> FieldCatalog::builtIn(Entity entity)
{
    switch (entity) {
    case Entity::Contact: return contactFields();
    case Entity::Company: return companyFields();
    case Entity::Deal: return dealFields();
    }
    return {};
}

QList<FieldDef> FieldCatalog::fields(Entity entity, QSqlDatabase db)
{
    QList<FieldDef> result = builtIn(entity);
    QSqlQuery q(db);
    if (entity == Entity::Deal) {
        // Picklists that live in the workspace: the lost reasons and the stages' names.
        for (FieldDef &f : result) {
            if (f.key == QLatin1String("lost_reason"))
                f.choices = LostReasons::of(db);
            if (f.key == QLatin1String("stage") && q.exec(QStringLiteral("SELECT s.name FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                                                                          "ORDER BY p.position, p.id, s.position, s.id")))
                while (q.next())
                    if (!f.choices.contains(q.value(0).toString()))
                        f.choices << q.value(0).toString();
        }
    }
    q.prepare(QStringLiteral("SELECT id, key, label, type, choices FROM custom_fields WHERE entity = ? ORDER BY position, id"));
    q.addBindValue(entityName(entity));
    if (!q.exec())
        return result;
    while (q.next()) {
        FieldDef f;
        f.customFieldId = q.value(0).toLongLong();
        f.key = QStringLiteral("custom.") + q.value(1).toString();
        f.customLabel = q.value(2).toString();
        f.type = customType(q.value(3).toString());
        f.storage = FieldStorage::Custom;
        f.select = QStringLiteral("(SELECT value FROM custom_values WHERE field_id = %1 AND entity_id = t.id)").arg(f.customFieldId);
        f.sort = f.select;
        const QJsonArray choices = QJsonDocument::fromJson(q.value(4).toByteArray()).array();
        for (const QJsonValue &c : choices)
            f.choices << c.toString();
        result << f;
    }
    return result;
}

FieldDef FieldCatalog::find(const QList<FieldDef> &fields, const QString &key)
{
    for (const FieldDef &f : fields)
        if (f.key == key)
            return f;
    return {};
}

QString FieldCatalog::tableOf(Entity entity)
{
    switch (entity) {
    case Entity::Contact: return QStringLiteral("contacts");
    case Entity::Company: return QStringLiteral("companies");
    case Entity::Deal: return QStringLiteral("deals");
    }
    return {};
}

QString FieldCatalog::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Contact: return QStringLiteral("contact");
    case Entity::Company: return QStringLiteral("company");
    case Entity::Deal: return QStringLiteral("deal");
    }
    return {};
}

QString FieldCatalog::tagTableOf(Entity entity)
{
    return entity == Entity::Company ? QStringLiteral("company_tags") : QStringLiteral("contact_tags");
}

QString FieldCatalog::tagOwnerColumn(Entity entity)
{
    return entity == Entity::Company ? QStringLiteral("company_id") : QStringLiteral("contact_id");
}

} // namespace Kempt
