#include "cli/signals.h"

#include <signal.h>
#include <unistd.h>

#include <initializer_list>

#include "exporters/live_temporaries.h"

namespace diplograph::cli {

namespace {

// Only async-signal-safe calls: unlink(2) (inside RemoveLiveTemporaries),
// write(2) and _exit(2). Exiting at once, rather than setting a flag, means
// no worker thread is left writing while the process winds down.
void OnInterrupt(int signal_number) {
  RemoveLiveTemporaries();
  static constexpr char kMessage[] = "diplograph: interrupted\n";
  [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
  ::_exit(128 + signal_number);
}

}  // namespace

void InstallInterruptHandlers() {
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  // Either signal arriving while the handler runs waits: one clean exit.
  sigaddset(&action.sa_mask, SIGINT);
  sigaddset(&action.sa_mask, SIGTERM);
  for (int signal_number : {SIGINT, SIGTERM}) sigaction(signal_number, &action, nullptr);
}

}  // namespace diplograph::cli
