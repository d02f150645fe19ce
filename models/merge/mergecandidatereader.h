#pragma once

#include "core/result.h"
#include "domain/fielddef.h"
#include "merge/mergecandidate.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// Reads the records of a duplicate group for a merge, in the order given.
class MergeCandidateReader
{
public:
    explicit MergeCandidateReader(QSqlDatabase db);

    // The contact fields a merge chooses one value for: every editable field of the
    // catalog (custom fields included) except tags, which are always united.
    static QList<FieldDef> mergeableFields(QSqlDatabase db);
    static QList<FieldDef> mergeableFields(const QList<FieldDef> &catalog);

    // Fails, naming the id, when a record does not exist, is in the trash, or appears
    // twice, and when fewer than two records are given.
    Result read(const QList<qint64> &ids, const QList<FieldDef> &fields, QList<MergeCandidate> *candidates) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kempt
