#include "fieldsuggestions.h"

#include "storage/workspace.h"
#include "stores/companystore.h"
#include "stores/userstore.h"

#include <QCoreApplication>

namespace Kempt {

QStringList FieldSuggestions::of(const FieldDef &field, Workspace *workspace)
{
    const bool open = workspace && workspace->isOpen();
    if (field.type == FieldType::Owner)
        return open ? UserStore(workspace->db()).names() : QStringList();
    if (field.type == FieldType::Company)
        return open ? CompanyStore(workspace->db()).names(QString(), 500) : QStringList();
    if (!field.choices.isEmpty())
        return field.choices;
    if (field.key == QLatin1String("salutation"))
        return salutations();
    if (field.key == QLatin1String("lead_source"))
        return leadSources();
    if (field.key == QLatin1String("industry"))
        return industries();
    if (field.key == QLatin1String("size"))
        return companySizes();
    return {};
}

QStringList FieldSuggestions::salutations()
{
    return {QCoreApplication::translate("FieldSuggestions", "Mr"), QCoreApplication::translate("FieldSuggestions", "Ms"),
            QCoreApplication::translate("FieldSuggestions", "Mrs"), QCoreApplication::translate("FieldSuggestions", "Mx"),
            QCoreApplication::translate("FieldSuggestions", "Dr"), QCoreApplication::translate("FieldSuggestions", "Prof")};
}

QStringList FieldSuggestions::leadSources()
{
    return {QCoreApplication::translate("FieldSuggestions", "Website"),
            QCoreApplication::translate("FieldSuggestions", "Referral"),
            QCoreApplication::translate("FieldSuggestions", "Event"),
            QCoreApplication::translate("FieldSuggestions", "Cold call"),
            QCoreApplication::translate("FieldSuggestions", "Advertising"),
            QCoreApplication::translate("FieldSuggestions", "Partner"),
            QCoreApplication::translate("FieldSuggestions", "Social media"),
            QCoreApplication::translate("FieldSuggestions", "Other")};
}

QStringList FieldSuggestions::industries()
{
    return {QCoreApplication::translate("FieldSuggestions", "Agriculture"),
            QCoreApplication::translate("FieldSuggestions", "Automotive"),
            QCoreApplication::translate("FieldSuggestions", "Construction"),
            QCoreApplication::translate("FieldSuggestions", "Consulting"),
            QCoreApplication::translate("FieldSuggestions", "Education"),
            QCoreApplication::translate("FieldSuggestions", "Energy"),
            QCoreApplication::translate("FieldSuggestions", "Finance"),
            QCoreApplication::translate("FieldSuggestions", "Food & Beverage"),
            QCoreApplication::translate("FieldSuggestions", "Healthcare"),
            QCoreApplication::translate("FieldSuggestions", "Hospitality"),
            QCoreApplication::translate("FieldSuggestions", "Logistics"),
            QCoreApplication::translate("FieldSuggestions", "Manufacturing"),
            QCoreApplication::translate("FieldSuggestions", "Media"),
            QCoreApplication::translate("FieldSuggestions", "Public sector"),
            QCoreApplication::translate("FieldSuggestions", "Retail"),
            QCoreApplication::translate("FieldSuggestions", "Software"),
            QCoreApplication::translate("FieldSuggestions", "Telecommunications")};
}

QStringList FieldSuggestions::companySizes()
{
    return {QStringLiteral("1-10"), QStringLiteral("11-50"), QStringLiteral("51-200"), QStringLiteral("201-1000"),
            QStringLiteral("1001+")};
}

} // namespace Kempt
