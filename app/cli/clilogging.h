#pragma once

#include <QLoggingCategory>

namespace ResellerDesk::Cli {

Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace ResellerDesk::Cli
