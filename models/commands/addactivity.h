#pragma once

#include "commands/batchcommand.h"
#include "domain/fieldtype.h"
#include "domain/timelineentry.h"

namespace Kempt {

// Logs a call, email or meeting, or adds a task, on a contact, company or deal.
class AddActivity : public BatchCommand
{
public:
    // An entry without an author is signed with the workspace's author.
    AddActivity(Workspace *workspace, Entity entity, qint64 recordId, const TimelineEntry &entry);

    qint64 activityId() const { return m_entry.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    Entity m_entity;
    qint64 m_recordId;
    TimelineEntry m_entry;
};

} // namespace Kempt
