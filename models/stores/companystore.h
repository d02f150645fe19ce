#pragma once

#include "core/result.h"
#include "domain/company.h"
#include "stores/recordselection.h"

#include <QSqlDatabase>
#include <optional>

namespace Kempt {

class CompanyStore
{
public:
    explicit CompanyStore(QSqlDatabase db);

    std::optional<Company> load(qint64 id) const;
    Result insert(Company &company);
    Result update(const Company &company);
    Result moveToTrash(const RecordSelection &selection);
    Result restore(const RecordSelection &selection);
    Result purge(const RecordSelection &selection);

    // The live company with this name (case-insensitive), created when missing and
    // create is true; 0 for an empty name.
    Result idForName(const QString &name, bool create, qint64 *id);
    QStringList names(const QString &prefix = QString(), int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kempt
