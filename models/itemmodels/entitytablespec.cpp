#include "itemmodels/entitytablespec.h"
#include "domain/fieldcatalog.h"

namespace Kempt {

EntityTableSpec EntityTableSpec::of(Entity entity)
{
    EntityTableSpec s;
    s.entity = entity;
    s.table = FieldCatalog::tableOf(entity);
    switch (entity) {
    case Entity::Contact:
        s.ftsTable = QStringLiteral("contacts_fts");
        s.liveCountIndex = QStringLiteral("contacts_country");
        s.tagTable = FieldCatalog::tagTableOf(entity);
        s.tagOwner = FieldCatalog::tagOwnerColumn(entity);
        // Companies appear because contacts show the company name; users because of the owner.
        s.refreshTables = {QStringLiteral("contacts"), QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
                           QStringLiteral("contact_tags"), QStringLiteral("tags"), QStringLiteral("users"),
                           QStringLiteral("companies"), QStringLiteral("custom_values"), QStringLiteral("notes")};
        break;
    case Entity::Company:
        s.ftsTable = QStringLiteral("companies_fts");
        s.liveCountIndex = QStringLiteral("companies_country");
        s.tagTable = FieldCatalog::tagTableOf(entity);
        s.tagOwner = FieldCatalog::tagOwnerColumn(entity);
        // Contacts count towards each company's contact count.
        s.refreshTables = {QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("company_tags"),
                           QStringLiteral("tags"), QStringLiteral("users"), QStringLiteral("custom_values")};
        break;
    case Entity::Deal:
        // Deals have no full-text index; their search box matches the title and the company.
        s.likeSearch = {QStringLiteral("t.title"), QStringLiteral("(SELECT c.name FROM companies c WHERE c.id = t.company_id)")};
        s.liveCountIndex = QStringLiteral("deals_stage");
        s.refreshTables = {QStringLiteral("deals"), QStringLiteral("deal_contacts"), QStringLiteral("companies"),
                           QStringLiteral("contacts"), QStringLiteral("users"), QStringLiteral("stages"),
                           QStringLiteral("pipelines"), QStringLiteral("custom_values")};
        break;
    }
    return s;
}

} // namespace Kempt
