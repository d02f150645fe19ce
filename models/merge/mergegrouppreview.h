#pragma once

#include "core/result.h"
#include "domain/contact.h"
#include "domain/fielddef.h"
#include "merge/mergecandidate.h"
#include "merge/mergeplan.h"
#include "merge/survivorshiprules.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// A duplicate group as the side-by-side comparison shows it, without an item model:
// each record's value per field, the rules' default, the current pick, the conflicts,
// and what the surviving record will hold. The Duplicates section reads it; MergeWriter
// computes the merge from it, so what the preview shows is what the merge writes.
class MergeGroupPreview
{
public:
    struct FieldRow
    {
        FieldDef field;
        QStringList values;      // per record, in records() order, as the table shows them
        int defaultIndex = 0;    // the record the rules choose
        int chosenIndex = 0;     // the default or the person's pick
        bool overridden = false;
        bool conflict = false;   // two or more different non-empty values
        QString result;          // what the survivor will show
    };

    // Reads the records (all must exist and be out of the trash) and applies the rules.
    static Result load(QSqlDatabase db, const QList<qint64> &ids, const SurvivorshipRules &rules, MergeGroupPreview *preview);

    const QList<MergeCandidate> &records() const { return m_records; }
    const QList<FieldDef> &fields() const { return m_fields; }
    const MergePlan &plan() const { return m_plan; }
    const SurvivorshipRules &rules() const { return m_rules; }
    int indexOf(qint64 recordId) const;
    int survivorIndex() const { return indexOf(m_plan.survivorId()); }

    QList<FieldRow> rows() const;
    QList<FieldRow> conflicts() const;

    // Another record survives; defaults follow it, the person's picks stay.
    Result setSurvivor(qint64 recordId);
    Result choose(const QString &key, qint64 recordId);
    void resetChoice(const QString &key) { m_plan.resetChoice(key); }
    // Takes a plan made elsewhere (the GUI, a test); it must name exactly these records.
    Result setPlan(const MergePlan &plan);

    // The value the survivor ends with, in stored form. A composed display name follows
    // the chosen name parts unless the display name itself was picked.
    QVariant resultingValue(const QString &key) const;
    QString resultingText(const QString &key) const;
    // Every distinct e-mail, phone and profile of the group, the survivor's first; rows of
    // other records keep their ids (they move). The chosen primary is marked.
    QList<EmailAddress> resultingEmails() const;
    QList<PhoneNumber> resultingPhones() const;
    QList<SocialProfile> resultingSocials() const;
    QStringList resultingTags() const;

private:
    const MergeCandidate &record(qint64 id) const;
    // The survivor, then the other records in group order: whose value is kept first.
    QList<const MergeCandidate *> survivorFirst() const;
    QString regionOf(const MergeCandidate &record) const;

    QList<MergeCandidate> m_records;
    QList<FieldDef> m_fields;
    SurvivorshipRules m_rules;
    MergePlan m_plan;
    QString m_defaultRegion;
};

} // namespace Kempt
