#pragma once

#include <QLoggingCategory>

namespace ResellerDesk::Sandbox {

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace ResellerDesk::Sandbox
