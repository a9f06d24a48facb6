// What an interrupted run does. On SIGINT or SIGTERM the program removes the
// temporary output file it is writing (exporters/live_temporaries.h) and
// exits at once with status 128 + the signal's number (130, 143): --output
// then holds its previous contents or the complete new ones, never a part,
// and no temporary is left beside it.
#pragma once

namespace diplograph::cli {

// Installs the handlers for SIGINT and SIGTERM. Call once, early in main().
void InstallInterruptHandlers();

}  // namespace diplograph::cli
