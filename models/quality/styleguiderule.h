#pragma once

#include "core/result.h"
#include "domain/fieldtype.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Kempt {

// One rule of a style guide: what it checks, on which fields of which record kind, and
// how hard it is enforced. The description and the examples make the guide printable as
// the training document the team reads; the params tune the check (see kind below).
struct StyleGuideRule
{
    enum class Kind {
        Required,   // the fields must not be empty; params.anyOf: one of them is enough
        Whitespace, // trim and collapse; params.collapse (default true): false only trims
        Unicode,    // UnicodeHygiene::clean (invisible characters, Arabic/Persian letters, NFC)
        Casing,     // params.casing: title|upper|lower|keep; params.exceptions: words kept as written
        Phone,      // stored as E.164, shown per params.display: international|national
        Email,      // trimmed, domain lowercased; params.lowercaseLocalPart
        Country,    // ISO 3166-1 alpha-2 from names and aliases
        Picklist,   // params.values and params.synonyms (alias -> value)
        Date,       // ISO 8601; params.order: dmy|mdy|ymd decides "03/04/2024"
        Stale,      // not updated or contacted for params.months (default 12)
        Consent,    // params.conflict: newsletter_tag (with params.tags) | unsubscribed_without_do_not_email
        LegalForm,  // a company's legal form spelled the standard way (GmbH, LLC, ООО)
    };
    // Error blocks saving, Warning marks the record, Fix is applied automatically.
    enum class Severity { Error, Warning, Fix };

    QString id; // stable, e.g. "contact.email.format"
    Kind kind = Kind::Required;
    Entity entity = Entity::Contact;
    QStringList fields; // QualityRecord keys (FieldCatalog keys)
    Severity severity = Severity::Warning;
    bool enabled = true;
    QString description;
    QStringList goodExamples;
    QStringList badExamples;
    QJsonObject params;

    QJsonObject toJson() const;
    // Reads and checks one rule; the message names the rule (by id, or by where when the
    // id itself is missing) and the key or field that is wrong, and says what to use.
    static Result fromJson(const QJsonObject &json, const QString &where, StyleGuideRule *rule);

    // Stable names used in files, the database and the CLI.
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    static QString severityName(Severity severity); // "error", "warning", "fix"
    static bool severityFromName(const QString &name, Severity *severity);
    static QString entityName(Entity entity); // "contact", "company"
    static bool entityFromName(const QString &name, Entity *entity);

    bool operator==(const StyleGuideRule &other) const;
    bool operator!=(const StyleGuideRule &other) const { return !(*this == other); }
};

} // namespace Kempt
