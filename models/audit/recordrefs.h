#pragma once

#include <QList>
#include <QString>

namespace Kempt {

// Where the values of a QualityRecord live, so that a fix can be written back to the
// row it came from: the child rows of its e-mails, phones and tags (aligned with the
// record's values) and the rows its company and owner are taken from.
struct RecordRefs
{
    QString name;           // what people call the record, for samples and lists
    qint64 companyId = 0;   // a contact's company
    qint64 ownerId = 0;
    QList<qint64> emailIds; // contact_emails rows (contacts only)
    QList<qint64> phoneIds; // contact_phones rows (contacts only)
    QList<qint64> tagIds;
};

} // namespace Kempt
