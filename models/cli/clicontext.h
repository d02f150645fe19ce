#pragma once

#include <QString>
#include <QTextStream>

class QIODevice;

namespace Kempt {

// What a command of kempt-cli works with: its output channels and the workspace path.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QIODevice *rawOut; // standard output for binary data (exports to "-")
    QString dbPath;
    bool dbGiven = false; // false when dbPath is WorkspaceLocator's default
};

} // namespace Kempt
