#include "quality/fieldchoices.h"
#include "quality/styleguide.h"
#include "stores/companystore.h"
#include "stores/styleguidestore.h"
#include "stores/userstore.h"

#include <QJsonArray>

namespace Kempt {

QStringList FieldChoices::of(const FieldDef &field, QSqlDatabase db)
{
    if (field.type == FieldType::Owner)
        return UserStore(db).names();
    if (field.type == FieldType::Company)
        return CompanyStore(db).names(QString(), 500);
    if (!field.choices.isEmpty())
        return field.choices;
    const StyleGuide guide = StyleGuideStore(db).active();
    // Picklist fields have keys of their own (salutation, lead_source, industry, size), so
    // the field key alone finds the rule.
    for (const StyleGuideRule &rule : guide.rules()) {
        if (rule.kind != StyleGuideRule::Kind::Picklist || !rule.enabled || !rule.fields.contains(field.key))
            continue;
        QStringList values;
        for (const QJsonValue &v : rule.params.value(QStringLiteral("values")).toArray())
            values << v.toString();
        return values;
    }
    return {};
}

} // namespace Kempt
