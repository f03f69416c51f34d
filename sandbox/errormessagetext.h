#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ResellerDesk::Sandbox {

// Returns the human-readable text for one error message of the envelope, composed from its
// code and params: 'store_id is required', 'account_id "x" is invalid: expected a number',
// 'items.period "7" is invalid: ... (item 1, counted from 0)'. Returns an empty string for
// codes other than required:<field> and invalid:<field>.
QString composeErrorText(const QString &code, const QJsonObject &params);

// Returns messages with params.message added to every error message whose code
// composeErrorText() understands and that has no message yet. Codes and the other params stay
// as they are.
QJsonArray addErrorTexts(const QJsonArray &messages);

} // namespace ResellerDesk::Sandbox
