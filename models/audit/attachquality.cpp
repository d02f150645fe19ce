#include "audit/attachquality.h"
#include "audit/incrementalaudit.h"
#include "storage/workspace.h"

namespace Kempt {

void attachQuality(Workspace *workspace)
{
    if (!workspace)
        return;
    for (BatchObserver *observer : workspace->batchObservers())
        if (dynamic_cast<IncrementalAudit *>(observer))
            return;
    workspace->addBatchObserver(std::make_unique<IncrementalAudit>());
}

} // namespace Kempt
