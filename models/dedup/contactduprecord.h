#pragma once

#include "dedup/duprecord.h"
#include "domain/contact.h"

namespace Kempt {

// A contact as typed in the editor, as duplicate detection sees it: the same values
// ContactRecordReader reads from the workspace, so that a check of an unsaved contact
// agrees with a scan of the saved one.
class ContactDupRecord
{
public:
    // The record's id is the contact's (an edit: it is not its own duplicate) or empty.
    static DupRecord from(const Contact &contact);
    // Whether there is enough to look for duplicates: a name, an e-mail or a phone.
    static bool isCheckable(const DupRecord &record);
};

} // namespace Kempt
