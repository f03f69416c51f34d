#pragma once

#include "exitcode.h"

#include <QtGlobal>

namespace ResellerDesk::Api {
class ApiClient;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Cli {

class Console;

// Waits for one API reply in a local event loop and prints its failure.
class ReplyWaiter
{
public:
    // Returns the maximum time one call may take with retries, in milliseconds: every
    // attempt's timeout plus the delays between attempts.
    static qint64 deadlineMs(const Api::ApiClient &client);

    // Waits until reply finished or the deadline passed. On success returns ExitSuccess and
    // prints the reply's warnings to stderr. Otherwise prints the error and returns its exit
    // status.
    static ExitCode wait(Api::ApiClient &client, Api::ApiReply *reply, const Console &console);
};

} // namespace ResellerDesk::Cli
