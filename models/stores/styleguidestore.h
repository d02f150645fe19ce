#pragma once

#include "core/result.h"
#include "quality/styleguide.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// One stored version of the style guide, for the history list.
struct StyleGuideVersion
{
    qint64 version = 0;
    QString author;
    QString comment;
    QString createdAt; // ISO 8601 UTC
};

// The style guide's versions in style_guides. A change never overwrites: each save adds
// the next version with who saved it and why, so the history shows how the rules grew
// and an undo simply removes the newest row. Writers run inside Workspace::write.
class StyleGuideStore
{
public:
    // author: who saves (Workspace::author()); only writers need it.
    explicit StyleGuideStore(QSqlDatabase db, const QString &author = QString());

    // The newest stored version that reads, or the default guide when none is stored.
    StyleGuide active() const;
    Result load(qint64 version, StyleGuide *guide) const;
    // Stores guide as the next version; *version receives its number.
    Result save(const StyleGuide &guide, const QString &comment, qint64 *version = nullptr);
    // Newest first.
    QList<StyleGuideVersion> history() const;

private:
    QSqlDatabase m_db;
    QString m_author;
};

} // namespace Kempt
