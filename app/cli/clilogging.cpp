#include "clilogging.h"

namespace ResellerDesk::Cli {

Q_LOGGING_CATEGORY(lcCli, "resellerdesk.cli")

} // namespace ResellerDesk::Cli
