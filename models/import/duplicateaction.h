#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// What the import does with a group of duplicates (ImportDuplicateGroup): rows of the file
// that are the same person as an existing contact, or as one another.
//
//                 group matches existing contact X        group only inside the file
//   Create        every row becomes a new contact          the same
//   Skip          no row is imported                       the first row is imported, the others not
//   Update        rows fill X's empty fields; e-mails,     the first row is imported, the others
//                 phones and tags X lacks are added         fill its empty fields
//   Overwrite     as Update, but the file's non-empty      as Update, later rows win
//                 values replace X's
//   Merge         rows are imported and merged into X      rows are imported and merged into one
//                 (MergeWriter: survivorship rules, the    (the rules choose the survivor)
//                 merge history, unmerge later)
//
// Update and Overwrite never empty a field and never drop an e-mail or phone; a do-not-
// e-mail or do-not-call set on either side stays set.
enum class DuplicateAction { Create, Skip, Update, Overwrite, Merge };

struct DuplicateActions
{
    static QList<DuplicateAction> all()
    {
        return {DuplicateAction::Create, DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Overwrite,
                DuplicateAction::Merge};
    }
    // Stable: "create", "skip", "update", "overwrite", "merge" (kempt-cli --on-duplicate, JSON).
    static QString name(DuplicateAction action)
    {
        switch (action) {
        case DuplicateAction::Skip:
            return QStringLiteral("skip");
        case DuplicateAction::Update:
            return QStringLiteral("update");
        case DuplicateAction::Overwrite:
            return QStringLiteral("overwrite");
        case DuplicateAction::Merge:
            return QStringLiteral("merge");
        case DuplicateAction::Create:
            break;
        }
        return QStringLiteral("create");
    }
    static bool fromName(const QString &name, DuplicateAction *action)
    {
        for (DuplicateAction a : all())
            if (name.compare(DuplicateActions::name(a), Qt::CaseInsensitive) == 0) {
                *action = a;
                return true;
            }
        return false;
    }
    static QStringList names()
    {
        QStringList list;
        for (DuplicateAction a : all())
            list << name(a);
        return list;
    }
    // A person's words for the action, translated ("Update empty fields").
    static QString label(DuplicateAction action);
};

} // namespace Kempt
