#include "import/duplicateapplier.h"
#include "import/importwriter.h"
#include "merge/mergegrouppreview.h"
#include "merge/mergevaluekeys.h"
#include "merge/mergewriter.h"
#include "merge/survivorshiprules.h"
#include "storage/sqlerror.h"
#include "stores/contactstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

void take(QString &kept, const QString &incoming, bool overwrite)
{
    if (!incoming.trimmed().isEmpty() && (overwrite || kept.trimmed().isEmpty()))
        kept = incoming;
}

QString phoneKey(const PhoneNumber &p)
{
    if (!p.e164.isEmpty())
        return p.e164;
    QString digits;
    for (const QChar c : p.number)
        if (c.isDigit())
            digits += c;
    return digits;
}

QString rowList(const QList<qint64> &rows)
{
    QStringList list;
    for (qint64 row : rows)
        list << QString::number(row);
    return list.join(QStringLiteral(", "));
}

} // namespace

DuplicateApplier::DuplicateApplier(QSqlDatabase db, ImportWriter &writer, const QList<ImportDuplicateGroup> &groups)
    : m_db(db)
    , m_writer(writer)
    , m_groups(groups)
    , m_states(groups.size())
{
    for (int g = 0; g < groups.size(); ++g)
        for (qint64 row : groups.at(g).rows)
            m_groupOfRow.insert(row, g);
}

Contact DuplicateApplier::combined(const Contact &existing, const Contact &incoming, bool overwrite)
{
    Contact c = existing;
    for (auto member : {&Contact::salutation, &Contact::firstName, &Contact::middleName, &Contact::lastName, &Contact::jobTitle,
                        &Contact::department, &Contact::companyName, &Contact::birthday, &Contact::website, &Contact::leadSource,
                        &Contact::ownerName, &Contact::unsubscribedAt, &Contact::unsubscribeReason, &Contact::lastContactedAt})
        take(c.*member, incoming.*member, overwrite);
    // A typed display name in the file replaces a composed one, or any one when overwriting.
    if (!incoming.displayName.trimmed().isEmpty() && (overwrite || existing.displayName == existing.composedName()))
        c.displayName = incoming.displayName;
    else if (existing.displayName == existing.composedName())
        c.displayName.clear(); // composed again from the names as they end up
    // An address is one thing: its parts are not mixed from two addresses.
    const auto address = [](const Contact &x) { return x.street + x.city + x.region + x.postcode + x.country; };
    if (!address(incoming).trimmed().isEmpty() && (overwrite || address(existing).trimmed().isEmpty())) {
        c.street = incoming.street;
        c.city = incoming.city;
        c.region = incoming.region;
        c.postcode = incoming.postcode;
        c.country = incoming.country;
    }
    c.doNotEmail = existing.doNotEmail || incoming.doNotEmail;
    c.doNotCall = existing.doNotCall || incoming.doNotCall;
    for (EmailAddress e : incoming.emails) {
        const QString key = MergeValueKeys::email(e.address);
        if (key.isEmpty() || std::any_of(c.emails.cbegin(), c.emails.cend(), [&](const EmailAddress &k) { return MergeValueKeys::email(k.address) == key; }))
            continue;
        e.id = 0;
        e.primary = c.emails.isEmpty();
        c.emails << e;
    }
    for (PhoneNumber p : incoming.phones) {
        const QString key = phoneKey(p);
        if (key.isEmpty() || std::any_of(c.phones.cbegin(), c.phones.cend(), [&](const PhoneNumber &k) { return phoneKey(k) == key; }))
            continue;
        p.id = 0;
        p.primary = c.phones.isEmpty();
        c.phones << p;
    }
    for (const QString &tag : incoming.tags)
        if (!c.tags.contains(tag, Qt::CaseInsensitive))
            c.tags << tag;
    for (auto it = incoming.custom.cbegin(); it != incoming.custom.cend(); ++it)
        if (!it.value().toString().isEmpty() && (overwrite || c.custom.value(it.key()).toString().isEmpty()))
            c.custom.insert(it.key(), it.value());
    return c;
}

Result DuplicateApplier::start(const ImportDuplicateGroup &group, State *state)
{
    state->started = true;
    for (qint64 id : group.contactIds) {
        QSqlQuery q(m_db);
        const Result r = exec(q, QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted_at IS NULL"), {id});
        if (!r)
            return r;
        if (q.next()) {
            state->target = id;
            state->targetExisted = true;
            break;
        }
    }
    return Result::success();
}

Result DuplicateApplier::insert(Contact &contact, const QString &note)
{
    Result r = m_writer.insert(contact);
    if (r && !note.isEmpty())
        r = m_writer.insertNote(contact.id, note);
    return r;
}

Result DuplicateApplier::update(qint64 target, Contact &contact, const QString &note, bool overwrite)
{
    ContactStore store(m_db);
    const std::optional<Contact> existing = store.load(target);
    if (!existing)
        return Result::failure(Tr::tr("Contact %1 cannot be read to update it.").arg(target));
    Contact next = combined(*existing, contact, overwrite);
    next.id = target;
    Result r = store.update(next);
    if (r && !note.isEmpty())
        r = m_writer.insertNote(target, note);
    contact.id = target;
    m_changed = true;
    return r;
}

Result DuplicateApplier::apply(qint64 row, Contact &contact, const QString &note, Outcome *outcome)
{
    const int g = m_groupOfRow.value(row, -1);
    if (g < 0) {
        *outcome = Outcome::Created;
        return insert(contact, note);
    }
    const ImportDuplicateGroup &group = m_groups.at(g);
    State &s = m_states[g];
    Result r;
    if (!s.started && !(r = start(group, &s)))
        return r;
    switch (group.action) {
    case DuplicateAction::Create:
        *outcome = Outcome::Created;
        return insert(contact, note);
    case DuplicateAction::Skip:
        if (s.target > 0) {
            *outcome = Outcome::Skipped;
            contact.id = 0;
            return Result::success();
        }
        break;
    case DuplicateAction::Update:
    case DuplicateAction::Overwrite:
        if (s.target > 0) {
            *outcome = Outcome::Updated;
            m_touched.insert(s.target);
            return update(s.target, contact, note, group.action == DuplicateAction::Overwrite);
        }
        break;
    case DuplicateAction::Merge:
        if (!(r = insert(contact, note)))
            return r;
        *outcome = s.target > 0 || !s.created.isEmpty() ? Outcome::Merged : Outcome::Created;
        s.created << contact.id;
        return Result::success();
    }
    // The first row of a group inside the file: it becomes the record the others go into.
    if (!(r = insert(contact, note)))
        return r;
    s.target = contact.id;
    *outcome = Outcome::Created;
    return Result::success();
}

Result DuplicateApplier::finish()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const State &s = m_states.at(g);
        if (m_groups.at(g).action != DuplicateAction::Merge)
            continue;
        QList<qint64> ids;
        if (s.target > 0)
            ids << s.target;
        ids += s.created;
        if (ids.size() < 2)
            continue;
        MergeGroupPreview preview;
        Result r = MergeGroupPreview::load(m_db, ids, SurvivorshipRules::fromSettings(m_db), &preview);
        // The existing record survives, with its id, links and history.
        if (r && s.targetExisted)
            r = preview.setSurvivor(s.target);
        if (r)
            r = MergeWriter(m_db).merge(preview.plan());
        if (!r)
            return Result::failure(Tr::tr("Rows %1 could not be merged: %2").arg(rowList(m_groups.at(g).rows), r.message()));
        m_touched.insert(preview.plan().survivorId());
        m_changed = true;
    }
    return Result::success();
}

} // namespace Kempt
