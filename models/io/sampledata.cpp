#include "io/sampledata.h"
#include "io/sampledatabuilder.h"
#include "storage/workspace.h"

#include <QCoreApplication>

namespace Kempt {

Result SampleData::load(Workspace *workspace, int contacts, qint64 *batchId)
{
    if (!workspace || !workspace->isOpen())
        return Result::failure(QCoreApplication::translate("Kempt", "No workspace is open. Create one with File > New first."));
    if (contacts < 0)
        return Result::failure(QCoreApplication::translate("Kempt", "The number of sample contacts cannot be negative."));
    const QString path = workspace->path();
    return workspace->write(BatchKind::System, QCoreApplication::translate("Kempt", "Load sample data"),
                            [path, contacts](QSqlDatabase db) { return SampleDataBuilder(db, path, contacts).run(); },
                            batchId);
}

} // namespace Kempt
