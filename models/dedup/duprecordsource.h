#pragma once

#include "core/result.h"
#include "dedup/duprecord.h"

namespace Kempt {

// Where a duplicate scan reads its records from, one at a time (ContactRecordReader for
// the workspace, SpreadsheetRecordReader for a CSV file).
class DupRecordSource
{
public:
    virtual ~DupRecordSource() = default;
    // false at the end or after a failure; result() tells which.
    virtual bool next(DupRecord *record) = 0;
    virtual Result result() const = 0;
    // How many records to expect, for progress; -1 when unknown.
    virtual qint64 sizeHint() const { return -1; }
};

} // namespace Kempt
