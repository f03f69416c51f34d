#pragma once

#include "api/apierror.h"
#include "api/connectionprofile.h"

#include <QObject>
#include <QPointer>

namespace ResellerDesk::Api {

class ApiClient;
class ApiReply;

// Tests a connection and finds out whether its key is reseller-level or store-level with
// one catalog call without store_id. The reference requires store_id there for a reseller
// key only, so the service returns the error required:store_id for a reseller key and the
// store's catalog for a store key.
class KeyLevelProbe : public QObject
{
    Q_OBJECT

public:
    explicit KeyLevelProbe(ApiClient *client, QObject *parent = nullptr);
    ~KeyLevelProbe() override;

    // Sends the call; finished() follows once, later. Starting again cancels the last probe.
    void start();
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    // level is Unknown exactly when error.isError().
    void finished(ResellerDesk::Api::KeyLevel level, const ResellerDesk::Api::ApiError &error);

private:
    void handleFinished();

    ApiClient *m_client = nullptr;
    QPointer<ApiReply> m_reply;
};

} // namespace ResellerDesk::Api
