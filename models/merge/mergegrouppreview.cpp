#include "merge/mergegrouppreview.h"
#include "domain/fieldcatalog.h"
#include "merge/mergecandidatereader.h"
#include "merge/mergevaluekeys.h"
#include "stores/styleguidestore.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

const QString kDisplayName = QStringLiteral("display_name");

} // namespace

Result MergeGroupPreview::load(QSqlDatabase db, const QList<qint64> &ids, const SurvivorshipRules &rules, MergeGroupPreview *preview)
{
    MergeGroupPreview p;
    p.m_fields = MergeCandidateReader::mergeableFields(db);
    const Result r = MergeCandidateReader(db).read(ids, p.m_fields, &p.m_records);
    if (!r)
        return r;
    p.m_rules = rules;
    p.m_plan = rules.plan(p.m_fields, p.m_records);
    p.m_defaultRegion = StyleGuideStore(db).active().defaultRegion();
    *preview = p;
    return Result::success();
}

int MergeGroupPreview::indexOf(qint64 recordId) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == recordId)
            return i;
    return -1;
}

const MergeCandidate &MergeGroupPreview::record(qint64 id) const
{
    const int i = indexOf(id);
    return m_records.at(i >= 0 ? i : qMax(0, survivorIndex()));
}

QString MergeGroupPreview::regionOf(const MergeCandidate &record) const
{
    const QString country = record.country.trimmed();
    return country.size() == 2 ? country.toUpper() : m_defaultRegion;
}

QList<MergeGroupPreview::FieldRow> MergeGroupPreview::rows() const
{
    QList<FieldRow> list;
    for (const FieldDef &f : m_fields) {
        FieldRow row;
        row.field = f;
        QSet<QString> distinct;
        for (const MergeCandidate &c : m_records) {
            row.values << c.text.value(f.key);
            if (c.hasValue(f))
                distinct.insert(f.type == FieldType::Bool ? c.raw.value(f.key).toString()
                                                          : MergeValueKeys::comparable(c.text.value(f.key)));
        }
        row.defaultIndex = indexOf(m_plan.defaultSourceOf(f.key));
        row.chosenIndex = indexOf(m_plan.sourceOf(f.key));
        row.overridden = m_plan.isOverridden(f.key);
        row.conflict = distinct.size() > 1;
        row.result = resultingText(f.key);
        list << row;
    }
    return list;
}

QList<MergeGroupPreview::FieldRow> MergeGroupPreview::conflicts() const
{
    QList<FieldRow> list;
    for (const FieldRow &row : rows())
        if (row.conflict)
            list << row;
    return list;
}

Result MergeGroupPreview::setSurvivor(qint64 recordId)
{
    if (indexOf(recordId) < 0)
        return Result::failure(Tr::tr("Contact %1 is not part of this merge; choose one of its records to keep.").arg(recordId));
    const QHash<QString, qint64> picks = m_plan.overrides();
    m_plan = m_rules.plan(m_fields, m_records, recordId);
    for (auto it = picks.cbegin(); it != picks.cend(); ++it)
        m_plan.choose(it.key(), it.value());
    return Result::success();
}

Result MergeGroupPreview::choose(const QString &key, qint64 recordId)
{
    if (!FieldCatalog::find(m_fields, key).isValid())
        return Result::failure(Tr::tr("\u201C%1\u201D is not a field a merge can choose; tags, e-mails and phones of every record are kept anyway.").arg(key));
    return m_plan.choose(key, recordId);
}

Result MergeGroupPreview::setPlan(const MergePlan &plan)
{
    QList<qint64> mine, theirs = plan.recordIds();
    for (const MergeCandidate &c : m_records)
        mine << c.id;
    std::sort(mine.begin(), mine.end());
    std::sort(theirs.begin(), theirs.end());
    if (mine != theirs || !plan.isValid())
        return Result::failure(Tr::tr("The merge plan does not match the records of the group; show the group again and repeat the merge."));
    for (const QString &key : plan.fieldKeys())
        if (!FieldCatalog::find(m_fields, key).isValid())
            return Result::failure(Tr::tr("The merge plan chooses a value for \u201C%1\u201D, which is no longer a field of contacts; "
                                          "show the group again and repeat the merge.").arg(key));
    // The rules' defaults are recomputed for the plan's survivor from the records as they
    // are now; the plan's own picks stay.
    m_plan = m_rules.plan(m_fields, m_records, plan.survivorId());
    for (const QString &key : plan.fieldKeys())
        if (plan.isOverridden(key) || plan.sourceOf(key) != m_plan.sourceOf(key))
            m_plan.choose(key, plan.sourceOf(key));
    return Result::success();
}

QVariant MergeGroupPreview::resultingValue(const QString &key) const
{
    const MergeCandidate &source = record(m_plan.sourceOf(key));
    if (key == kDisplayName && !m_plan.isOverridden(key) && source.displayNameIsComposed()) {
        Contact c;
        c.firstName = resultingValue(QStringLiteral("first_name")).toString();
        c.middleName = resultingValue(QStringLiteral("middle_name")).toString();
        c.lastName = resultingValue(QStringLiteral("last_name")).toString();
        c.emails = resultingEmails();
        const QString composed = c.composedName();
        if (!composed.isEmpty())
            return composed;
    }
    return source.raw.value(key);
}

QString MergeGroupPreview::resultingText(const QString &key) const
{
    if (key == kDisplayName)
        return resultingValue(key).toString();
    return record(m_plan.sourceOf(key)).text.value(key);
}

QList<const MergeCandidate *> MergeGroupPreview::survivorFirst() const
{
    if (m_records.isEmpty())
        return {};
    QList<const MergeCandidate *> order{&record(m_plan.survivorId())};
    for (const MergeCandidate &c : m_records)
        if (c.id != m_plan.survivorId())
            order << &c;
    return order;
}

QList<EmailAddress> MergeGroupPreview::resultingEmails() const
{
    if (m_records.isEmpty())
        return {};
    const QString primary = MergeValueKeys::email(record(m_plan.sourceOf(QStringLiteral("email"))).raw.value(QStringLiteral("email")).toString());
    QList<EmailAddress> list;
    QSet<QString> seen;
    for (const MergeCandidate *c : survivorFirst())
        for (EmailAddress e : c->emails) {
            const QString key = MergeValueKeys::email(e.address);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            if (!primary.isEmpty())
                e.primary = key == primary;
            else if (c->id != m_plan.survivorId())
                e.primary = false;
            list << e;
        }
    return list;
}

QList<PhoneNumber> MergeGroupPreview::resultingPhones() const
{
    if (m_records.isEmpty())
        return {};
    const MergeCandidate &source = record(m_plan.sourceOf(QStringLiteral("phone")));
    QString primary;
    for (const PhoneNumber &p : source.phones)
        if (p.number == source.raw.value(QStringLiteral("phone")).toString())
            primary = MergeValueKeys::phone(p, regionOf(source));
    QList<PhoneNumber> list;
    QSet<QString> seen;
    for (const MergeCandidate *c : survivorFirst())
        for (PhoneNumber p : c->phones) {
            const QString key = MergeValueKeys::phone(p, regionOf(*c));
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            if (!primary.isEmpty())
                p.primary = key == primary;
            else if (c->id != m_plan.survivorId())
                p.primary = false;
            list << p;
        }
    return list;
}

QList<SocialProfile> MergeGroupPreview::resultingSocials() const
{
    QList<SocialProfile> list;
    QSet<QString> seen;
    for (const MergeCandidate *c : survivorFirst())
        for (const SocialProfile &s : c->socials) {
            const QString key = MergeValueKeys::social(s);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                list << s;
            }
        }
    return list;
}

QStringList MergeGroupPreview::resultingTags() const
{
    QStringList tags;
    for (const MergeCandidate &c : m_records)
        for (const QString &t : c.tags)
            if (!tags.contains(t, Qt::CaseInsensitive))
                tags << t;
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace Kempt
