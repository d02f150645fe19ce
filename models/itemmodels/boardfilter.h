#pragma once

#include <QDate>
#include <QString>

namespace Kempt {

// What the pipeline board shows of a pipeline's open deals.
struct BoardFilter
{
    QString owner;    // an owner's name; empty: everyone's deals
    QString text;     // words that must all appear in the title or the company's name
    QDate closeFrom;  // expected close on or after; invalid: no lower bound
    QDate closeTo;    // expected close on or before; invalid: no upper bound

    bool operator==(const BoardFilter &o) const
    {
        return owner == o.owner && text == o.text && closeFrom == o.closeFrom && closeTo == o.closeTo;
    }
    bool operator!=(const BoardFilter &o) const { return !(*this == o); }
};

} // namespace Kempt
