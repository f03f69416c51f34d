#pragma once

#include "models/entityspec.h"

// Specs of the entities that came after the first four lists: certificates, clients,
// resources, advanced services, stores, products and payments.
namespace ResellerDesk::Models::ExtraEntitySpecs {

EntitySpec certificates();
EntitySpec clients();
EntitySpec resources();
EntitySpec services();
EntitySpec stores();
EntitySpec products();
EntitySpec payments();

} // namespace ResellerDesk::Models::ExtraEntitySpecs
