#pragma once

#include "commands/batchcommand.h"
#include "domain/timelineentry.h"

namespace Kempt {

// Writes entry over the activity with entry.id; ticking a task off is an edit of done.
class EditActivity : public BatchCommand
{
public:
    EditActivity(Workspace *workspace, const TimelineEntry &entry);

protected:
    Result apply(QSqlDatabase db) override;

private:
    TimelineEntry m_entry;
};

} // namespace Kempt
