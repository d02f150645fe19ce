#pragma once

namespace Kempt {

class Workspace;

// Registers the duplicate-detection index refresher (DedupKeyObserver) on a workspace, so
// that every change batch keeps the blocking keys current for DuplicateChecker. Call it
// once for every Workspace that does real work, as attachQuality; calling it again does
// nothing.
void attachDedup(Workspace *workspace);

} // namespace Kempt
