#pragma once

#include "core/result.h"
#include "domain/fieldtype.h"
#include "domain/timelineentry.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Kempt {

// Notes and activities of one contact, company or deal. Writers run inside Workspace::write.
class TimelineStore
{
public:
    explicit TimelineStore(QSqlDatabase db);

    // Newest first; notes count from when they were written, activities from when they happened.
    QList<TimelineEntry> list(Entity entity, qint64 recordId) const;
    std::optional<TimelineEntry> note(qint64 noteId) const;
    std::optional<TimelineEntry> activity(qint64 activityId) const;

    Result addNote(Entity entity, qint64 recordId, const QString &body, const QString &author, qint64 *noteId = nullptr);
    Result editNote(qint64 noteId, const QString &body);
    Result removeNote(qint64 noteId);

    // Assigns entry.id. A call, email or meeting that already happened moves the contact's
    // last_contacted_at forward when it is newer.
    Result addActivity(Entity entity, qint64 recordId, TimelineEntry &entry);
    Result editActivity(const TimelineEntry &entry);
    Result toggleDone(qint64 activityId);
    Result removeActivity(qint64 activityId);

private:
    Result checkRecord(Entity entity, qint64 recordId) const;
    Result authorId(const QString &name, QVariant *id);
    Result touchLastContacted(qint64 activityId);

    QSqlDatabase m_db;
};

} // namespace Kempt
