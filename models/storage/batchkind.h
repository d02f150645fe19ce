#pragma once

#include <QString>

namespace Kempt {

enum class BatchKind { Edit, Bulk, Import, Merge, Unmerge, Fix, Undo, Redo, System };

inline QString batchKindName(BatchKind kind)
{
    switch (kind) {
    case BatchKind::Edit: return QStringLiteral("edit");
    case BatchKind::Bulk: return QStringLiteral("bulk");
    case BatchKind::Import: return QStringLiteral("import");
    case BatchKind::Merge: return QStringLiteral("merge");
    case BatchKind::Unmerge: return QStringLiteral("unmerge");
    case BatchKind::Fix: return QStringLiteral("fix");
    case BatchKind::Undo: return QStringLiteral("undo");
    case BatchKind::Redo: return QStringLiteral("redo");
    case BatchKind::System: return QStringLiteral("system");
    }
    return QStringLiteral("edit");
}

} // namespace Kempt
