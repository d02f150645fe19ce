#pragma once

#include <QString>

namespace Kempt {

// What a data-quality check says about one value: whether it can be stored as is,
// the form the style guide stores, and, when not valid, why and what to use instead.
struct Verdict {
    enum Status { Valid, Warning, Invalid };
    Status status = Valid;
    QString normalized;   // the value as the style guide stores it ('' when nothing usable)
    QString reason;       // a sentence a person understands; empty when Valid
    QString suggestion;   // a proposed replacement, e.g. "ann@gmail.com"; may be empty
    bool isValid() const { return status == Valid; }
    static QString statusName(Status s); // "valid", "warning", "invalid"
};

}
