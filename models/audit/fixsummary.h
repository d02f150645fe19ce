#pragma once

#include "domain/fieldtype.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Kempt {

// What applying the style guide's fixes changes (or changed): how many records, how
// many records per field, and a few "before -> after" samples per field for a person
// to check before saying yes.
struct FixSummary
{
    struct Sample
    {
        Entity entity = Entity::Contact;
        qint64 id = 0;
        QString name;
        QString field; // QualityRecord key; "phone_e164" for a phone's stored E.164 form
        QString before;
        QString after;
    };

    qint64 records = 0;           // records with at least one change
    qint64 values = 0;            // values changed
    QMap<QString, qint64> fields; // "contact.phone" -> records whose phone changes
    QList<Sample> samples;        // up to the planner's limit per field, in record order
    bool cancelled = false;       // the run was stopped by its ProgressSink: nothing was written

    bool isEmpty() const { return records == 0; }
    QJsonObject toJson() const;
};

} // namespace Kempt
