#pragma once

#include "models/entityspec.h"

#include <QString>

namespace ResellerDesk::Ui {

// Returns the status bar text while the entity's list loads, such as "Loading accounts… 3
// of 40 pages". pagesTotal is 0 until the first page has reported how many there are.
QString loadingStatusText(Models::Entity entity, int pagesDone, int pagesTotal);

} // namespace ResellerDesk::Ui
