#pragma once

#include "core/result.h"

namespace Kempt {

class Workspace;

// Fills an empty workspace with a realistic, invented CRM: companies in many countries,
// contacts with names in Latin, Cyrillic, Arabic and Persian script, owners, tags, a
// sales pipeline with deals, notes and activities. The content is the same on every run
// (fixed random seed); dates are relative to today so the pipeline looks current.
// A few records carry the flaws real data has (a duplicate, a shouted name, a number
// written without its country code) so the quality tools have something to find.
class SampleData
{
public:
    static constexpr int defaultContacts = 300;

    // One journaled batch (kind System, "Load sample data"), so one undo removes it all.
    static Result load(Workspace *workspace, int contacts = defaultContacts, qint64 *batchId = nullptr);
};

} // namespace Kempt
