#pragma once

#include "core/result.h"
#include "domain/fieldtype.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QUndoCommand>

namespace Kempt {

class Workspace;

// "Not a duplicate": remembers, for every pair of the group, that the records are
// different people (not_duplicates, a_id < b_id), so later scans leave them apart.
//
// not_duplicates is a decision list, not journaled user data (it has no rowid for the
// change log), so this command keeps its own undo: redo inserts the pairs that were not
// remembered yet, undo deletes exactly those. Both run through Workspace::write; as no
// journaled table changes, the workspace emits no changed() for them and the duplicate
// list refreshes itself after pushing this command.
class MarkNotDuplicate : public QUndoCommand
{
public:
    MarkNotDuplicate(Workspace *workspace, Entity entity, const QList<qint64> &ids);

    void redo() override;
    void undo() override;

    Result lastResult() const { return m_result; }
    // The pairs this command added (pairs remembered before are not its to undo).
    QList<QPair<qint64, qint64>> addedPairs() const { return m_added; }

private:
    Result insertPairs(const QList<QPair<qint64, qint64>> &pairs, bool collect);

    QPointer<Workspace> m_workspace;
    Entity m_entity;
    QList<qint64> m_ids;
    QList<QPair<qint64, qint64>> m_added;
    bool m_ran = false;
    Result m_result;
};

} // namespace Kempt
