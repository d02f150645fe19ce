#pragma once

#include "quality/datenormalizer.h"
#include "quality/emailvalidator.h"
#include "quality/verdict.h"

#include <QString>
#include <QStringList>

namespace Kempt {

// One value of one kind of field, judged by the normalizer for that kind: what
// "kempt-cli check --field …" prints for each line, and what a form can call for a single
// field without a whole record. Reentrant: one instance may serve several threads.
class FieldChecker
{
public:
    enum Field { Email, Phone, Name, Company, Country, Date };

    // region: ISO 3166 code for phone numbers written without +CC. order: how numeric
    // dates are read; Ambiguous refuses "03/04/2024" instead of guessing.
    explicit FieldChecker(Field field, const QString &region = QString(),
                          DateNormalizer::Order order = DateNormalizer::Ambiguous);

    Verdict check(const QString &value) const;

    // "email", "phone", "name", "company", "country", "date".
    static bool fieldFromName(const QString &name, Field *field);
    static QStringList fieldNames();

private:
    Verdict checkName(const QString &value) const;

    Field m_field;
    QString m_region;
    DateNormalizer::Order m_order;
    EmailValidator m_email;
};

} // namespace Kempt
