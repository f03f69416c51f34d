#include "models/modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "resellerdesk.models", QtInfoMsg)
