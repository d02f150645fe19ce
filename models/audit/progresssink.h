#pragma once

#include <QtGlobal>

namespace Kempt {

// Where a long run reports how far it is; returning false asks it to stop. Called on the
// thread that runs the work, often (every block of records), so keep it cheap.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    virtual bool progress(qint64 done, qint64 total) = 0;
};

} // namespace Kempt
