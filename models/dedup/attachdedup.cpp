#include "dedup/attachdedup.h"

#include "dedup/dedupkeyobserver.h"
#include "storage/workspace.h"

namespace Kempt {

void attachDedup(Workspace *workspace)
{
    if (!workspace)
        return;
    for (BatchObserver *observer : workspace->batchObservers())
        if (dynamic_cast<DedupKeyObserver *>(observer))
            return;
    workspace->addBatchObserver(std::make_unique<DedupKeyObserver>());
}

} // namespace Kempt
