#pragma once

#include <QSqlDatabase>

class QHttpServerRequest;
class QHttpServerResponse;

namespace ResellerDesk::Sandbox::DemoCp {

// Path of the one-time login links that democp-url returns, on the sandbox's own address.
inline constexpr char LoginPath[] = "/democp/login.php";

// Serves a one-time login link: a small HTML page the first time, HTTP 410 Gone for a link
// that was used already, and 404 for an unknown link.
QHttpServerResponse serveLogin(QSqlDatabase database, const QHttpServerRequest &request);

} // namespace ResellerDesk::Sandbox::DemoCp
