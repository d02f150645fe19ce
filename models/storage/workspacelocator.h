#pragma once

#include <QString>

namespace Kempt {

// Where the workspace lives when nobody names a file. Both kempt and kempt-cli set
// organizationName and applicationName to "Kempt" before asking, so they agree on
// the same file (on Linux ~/.local/share/Kempt/Kempt/kempt.sqlite).
class WorkspaceLocator
{
public:
    static QString defaultPath();
};

} // namespace Kempt
