#pragma once

#include "commands/batchcommand.h"
#include "quality/styleguide.h"

namespace Kempt {

// Stores the guide as the next style-guide version; undo removes that version again, so
// the previous one is active once more.
class SaveStyleGuide : public BatchCommand
{
public:
    SaveStyleGuide(Workspace *workspace, const StyleGuide &guide, const QString &comment = QString());

    // The version the first redo() stored; 0 before that or when it failed.
    qint64 version() const { return m_version; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    StyleGuide m_guide;
    QString m_comment;
    qint64 m_version = 0;
};

} // namespace Kempt
