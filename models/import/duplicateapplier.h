#pragma once

#include "core/result.h"
#include "domain/contact.h"
#include "import/importduplicategroup.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace Kempt {

class ImportWriter;

// Carries out the duplicate decisions of an import inside its batch (see DuplicateAction
// for what each action does), row by row as the Importer reads them; the merges run at
// the end (finish()), when every row of a group is in. Everything it writes goes through
// the stores and MergeWriter and so into the import's change batch: undoing the import
// gives updated and merged contacts back their old values exactly.
//
// A group's existing contact that went to the trash or away since the duplicates were
// found is no target any more: the group is treated as one inside the file.
class DuplicateApplier
{
public:
    enum class Outcome { Created, Updated, Merged, Skipped };

    DuplicateApplier(QSqlDatabase db, ImportWriter &writer, const QList<ImportDuplicateGroup> &groups);

    // Writes the contact of one row (and its note) as its group says; a row in no group is
    // created. contact.id is the record the row went into (0 when skipped).
    Result apply(qint64 row, Contact &contact, const QString &note, Outcome *outcome);
    Result finish();

    // Contacts that rows were written into after they were stored (updated, merged into):
    // the suspended triggers left their search documents and derived columns behind.
    QList<qint64> touched() const { return m_touched.values(); }
    // True when anything beyond plain inserts happened (updates, merges).
    bool changedRecords() const { return m_changed; }

    // contact's values added to existing: empty fields filled (overwrite: the file's
    // non-empty values win), missing e-mails, phones and tags added, opt-outs kept.
    static Contact combined(const Contact &existing, const Contact &incoming, bool overwrite);

private:
    struct State
    {
        bool started = false;
        qint64 target = 0;        // the record later rows go into
        bool targetExisted = false;
        QList<qint64> created;    // rows' new records, for a merge
    };

    Result start(const ImportDuplicateGroup &group, State *state);
    Result insert(Contact &contact, const QString &note);
    Result update(qint64 target, Contact &contact, const QString &note, bool overwrite);

    QSqlDatabase m_db;
    ImportWriter &m_writer;
    QList<ImportDuplicateGroup> m_groups;
    QHash<qint64, int> m_groupOfRow;
    QList<State> m_states;
    QSet<qint64> m_touched;
    bool m_changed = false;
};

} // namespace Kempt
