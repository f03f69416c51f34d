#pragma once

namespace ResellerDesk::Cli {

// Process exit status of resellerdesk-cli. Scripts depend on these values, so they never
// change meaning.
enum ExitCode : int {
    ExitSuccess = 0,
    // The API returned `status: false`, or has no data for the request (a deleted attachment).
    ExitApiFailure = 1,
    // Invalid command line: unknown option, missing argument, invalid value.
    ExitUsage = 2,
    // Transport, TLS, timeout, HTTP or malformed-response error.
    ExitTransport = 3,
    // The result could not be saved: the output folder is not writable, or the disk is full.
    ExitOutputFailure = 4,
};

} // namespace ResellerDesk::Cli
