#pragma once

namespace Kempt {

class Workspace;

// Registers the data-quality refresher (IncrementalAudit) on a workspace, so that every
// change batch keeps quality_issues current. Call it once for every Workspace that does
// real work (the app, kempt-cli, tests of quality); calling it again does nothing.
void attachQuality(Workspace *workspace);

} // namespace Kempt
