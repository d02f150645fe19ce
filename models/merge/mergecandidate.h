#pragma once

#include "domain/contact.h"
#include "domain/fielddef.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace Kempt {

// One record of a duplicate group as a merge sees it: every mergeable field's stored
// value (company and owner by id, so that choosing them never creates anything) and the
// text a person reads, plus the child rows that can move to the survivor.
struct MergeCandidate
{
    qint64 id = 0;
    QString name;        // the display name, for messages and column headers
    QString firstName;   // the name parts, to recompose a composed display name
    QString middleName;
    QString lastName;
    QString country;     // the default region for phone numbers typed without +CC
    QString leadSource;
    bool imported = false; // came from an import (import_batch_id) rather than manual entry
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QHash<QString, QVariant> raw;  // field key -> stored value
    QHash<QString, QString> text;  // field key -> value as the table shows it
    QList<EmailAddress> emails;
    QList<PhoneNumber> phones;
    QList<SocialProfile> socials;
    QStringList tags;

    // Empty text, NULL, and a false checkbox hold nothing worth keeping.
    bool hasValue(const FieldDef &field) const;
    // The display name Contact::composedName would give this record's name parts.
    QString composedName() const;
    bool displayNameIsComposed() const;
};

} // namespace Kempt
