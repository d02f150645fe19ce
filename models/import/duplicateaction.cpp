#include "import/duplicateaction.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

QString DuplicateActions::label(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return Tr::tr("Skip");
    case DuplicateAction::Update:
        return Tr::tr("Update empty fields");
    case DuplicateAction::Overwrite:
        return Tr::tr("Update and overwrite");
    case DuplicateAction::Merge:
        return Tr::tr("Merge");
    case DuplicateAction::Create:
        break;
    }
    return Tr::tr("Create as new");
}

} // namespace Kempt
