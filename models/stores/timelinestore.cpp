#include "stores/timelinestore.h"
#include "stores/userstore.h"
#include "core/timestamps.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)
};

QString ownerColumn(Entity entity)
{
    switch (entity) {
    case Entity::Contact: return QStringLiteral("contact_id");
    case Entity::Company: return QStringLiteral("company_id");
    case Entity::Deal: return QStringLiteral("deal_id");
    }
    return QStringLiteral("contact_id");
}

// Both halves of the timeline read into the same columns, so one query can order them.
const char *const kNoteColumns = "'note', n.id, '', n.body, n.created_at, '', 0, "
                                 "coalesce((SELECT name FROM users WHERE id = n.author_id), ''), n.created_at FROM notes n";
const char *const kActivityColumns = "a.kind, a.id, a.subject, a.body, a.occurred_at, a.due_at, a.done, "
                                     "coalesce((SELECT name FROM users WHERE id = a.author_id), ''), a.created_at "
                                     "FROM activities a";

TimelineEntry entryOf(const QSqlQuery &q)
{
    TimelineEntry e;
    e.kind = timelineKindFromName(q.value(0).toString()).value_or(TimelineKind::Note);
    e.id = q.value(1).toLongLong();
    e.subject = q.value(2).toString();
    e.body = q.value(3).toString();
    e.occurredAt = fromIso(q.value(4).toString());
    e.dueAt = fromIso(q.value(5).toString());
    e.done = q.value(6).toBool();
    e.author = q.value(7).toString();
    return e;
}

Result checkActivity(const TimelineEntry &entry)
{
    if (entry.isNote())
        return Result::failure(Tr::tr("A note is not an activity. Add it as a note instead."));
    if (entry.kind == TimelineKind::Task && entry.subject.trimmed().isEmpty())
        return Result::failure(Tr::tr("A task needs a subject that says what to do. Type one, such as \"Send the offer\"."));
    return Result::success();
}

} // namespace

TimelineStore::TimelineStore(QSqlDatabase db)
    : m_db(db)
{
}

QList<TimelineEntry> TimelineStore::list(Entity entity, qint64 recordId) const
{
    QList<TimelineEntry> result;
    const QString column = ownerColumn(entity);
    // Entries of the same second keep the order they were written in.
    const QString sql = QStringLiteral("SELECT %1 WHERE n.%3 = ? UNION ALL SELECT %2 WHERE a.%3 = ? "
                                       "ORDER BY 5 DESC, 9 DESC, 2 DESC")
                            .arg(QLatin1String(kNoteColumns), QLatin1String(kActivityColumns), column);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (exec(q, sql, {recordId, recordId}))
        while (q.next())
            result << entryOf(q);
    return result;
}

std::optional<TimelineEntry> TimelineStore::note(qint64 noteId) const
{
    QSqlQuery q(m_db);
    if (exec(q, QStringLiteral("SELECT %1 WHERE n.id = ?").arg(QLatin1String(kNoteColumns)), {noteId}) && q.next())
        return entryOf(q);
    return std::nullopt;
}

std::optional<TimelineEntry> TimelineStore::activity(qint64 activityId) const
{
    QSqlQuery q(m_db);
    if (exec(q, QStringLiteral("SELECT %1 WHERE a.id = ?").arg(QLatin1String(kActivityColumns)), {activityId}) && q.next())
        return entryOf(q);
    return std::nullopt;
}

Result TimelineStore::checkRecord(Entity entity, qint64 recordId) const
{
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(FieldCatalog::tableOf(entity)), {recordId});
    if (!r)
        return r;
    if (!q.next())
        return Result::failure(Tr::tr("The %1 with id %2 no longer exists, so nothing can be added to its timeline. "
                                  "Refresh the list and try again.")
                                   .arg(FieldCatalog::entityName(entity))
                                   .arg(recordId));
    return Result::success();
}

Result TimelineStore::authorId(const QString &name, QVariant *id)
{
    const QString trimmed = name.trimmed();
    *id = QVariant(QMetaType(QMetaType::LongLong));
    if (trimmed.isEmpty())
        return Result::success();
    // The author becomes a known user, so the timeline names them even after a rename of the OS account.
    qint64 userId = 0;
    const Result r = UserStore(m_db).idForName(trimmed, true, &userId);
    if (r && userId > 0)
        *id = userId;
    return r;
}

Result TimelineStore::addNote(Entity entity, qint64 recordId, const QString &body, const QString &author, qint64 *noteId)
{
    if (body.trimmed().isEmpty())
        return Result::failure(Tr::tr("A note needs some text. Type the note, or cancel."));
    Result r = checkRecord(entity, recordId);
    if (!r)
        return r;
    QVariant authorRef;
    if (!(r = authorId(author, &authorRef)))
        return r;
    QSqlQuery q(m_db);
    const QString now = isoNow();
    if (!(r = exec(q, QStringLiteral("INSERT INTO notes(%1, body, author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                          .arg(ownerColumn(entity)),
                   {recordId, body, authorRef, now, now})))
        return r;
    if (noteId)
        *noteId = q.lastInsertId().toLongLong();
    return Result::success();
}

Result TimelineStore::editNote(qint64 noteId, const QString &body)
{
    if (body.trimmed().isEmpty())
        return Result::failure(Tr::tr("A note needs some text. To remove the note, delete it instead."));
    const std::optional<TimelineEntry> old = note(noteId);
    if (!old)
        return Result::failure(Tr::tr("The note no longer exists. Refresh the timeline and try again."));
    if (old->body == body)
        return Result::success();
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?"), {body, isoNow(), noteId});
}

Result TimelineStore::removeNote(qint64 noteId)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM notes WHERE id = ?"), {noteId});
}

Result TimelineStore::addActivity(Entity entity, qint64 recordId, TimelineEntry &entry)
{
    Result r = checkActivity(entry);
    if (!r || !(r = checkRecord(entity, recordId)))
        return r;
    QVariant authorRef;
    if (!(r = authorId(entry.author, &authorRef)))
        return r;
    if (!entry.occurredAt.isValid())
        entry.occurredAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    if (!(r = exec(q, QStringLiteral("INSERT INTO activities(%1, kind, subject, body, occurred_at, due_at, done, author_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(ownerColumn(entity)),
                   {recordId, timelineKindName(entry.kind), entry.subject.trimmed(), entry.body, toIso(entry.occurredAt),
                    toIso(entry.dueAt), entry.done ? 1 : 0, authorRef})))
        return r;
    entry.id = q.lastInsertId().toLongLong();
    return touchLastContacted(entry.id);
}

Result TimelineStore::editActivity(const TimelineEntry &entry)
{
    Result r = checkActivity(entry);
    if (!r)
        return r;
    if (!activity(entry.id))
        return Result::failure(Tr::tr("The activity no longer exists. Refresh the timeline and try again."));
    QSqlQuery q(m_db);
    // Unchanged columns are left as they are by the journal triggers, so history stays exact.
    if (!(r = exec(q, QStringLiteral("UPDATE activities SET kind = ?, subject = ?, body = ?, occurred_at = ?, due_at = ?, "
                                     "done = ? WHERE id = ?"),
                   {timelineKindName(entry.kind), entry.subject.trimmed(), entry.body,
                    toIso(entry.occurredAt.isValid() ? entry.occurredAt : QDateTime::currentDateTimeUtc()),
                    toIso(entry.dueAt), entry.done ? 1 : 0, entry.id})))
        return r;
    return touchLastContacted(entry.id);
}

Result TimelineStore::toggleDone(qint64 activityId)
{
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("UPDATE activities SET done = 1 - done WHERE id = ?"), {activityId});
    if (r && q.numRowsAffected() == 0)
        return Result::failure(Tr::tr("The activity no longer exists. Refresh the timeline and try again."));
    return r;
}

Result TimelineStore::removeActivity(qint64 activityId)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM activities WHERE id = ?"), {activityId});
}

Result TimelineStore::touchLastContacted(qint64 activityId)
{
    QSqlQuery q(m_db);
    // A meeting planned for next week is not contact yet, so only past moments count.
    // Text comparison works because both sides are ISO 8601 UTC.
    return exec(q, QStringLiteral("UPDATE contacts SET last_contacted_at = a.occurred_at FROM activities a "
                                  "WHERE a.id = ? AND contacts.id = a.contact_id AND a.kind IN ('call','email','meeting') "
                                  "AND a.occurred_at <= ? AND contacts.last_contacted_at < a.occurred_at"),
                {activityId, isoNow()});
}

} // namespace Kempt
