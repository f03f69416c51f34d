// SecretStore and ProfileSession with no Secret Service on the bus: every keychain
// operation reports the keychain as unavailable, the session-only fallback works, and
// nothing secret reaches a file.

#include "ui/profilesession.h"

#include "api/apiclient.h"
#include "api/profilestore.h"
#include "api/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ResellerDesk;
using namespace ResellerDesk::Api;

namespace {

const ProfileSecrets fallbackSecrets { QStringLiteral("fallback-token-9f3a71"),
                                       QStringLiteral("fallback-hmac-2c8e44") };

} // namespace

class KeychainFallbackTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readUnavailable();
    void writeUnavailable();
    void sessionSecrets();
    void sessionKeepsProfile();
    void nothingOnDisk();

private:
    SecretResult waitFor(const std::function<void(SecretStore::Callback)> &operation);

    QTemporaryDir m_home;
    SecretStore m_store { QStringLiteral("org.resellerdesk.test-fallback") };
};

void KeychainFallbackTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Any file the keychain library might write lands here, where nothingOnDisk() looks.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("no-bus")));
}

SecretResult
KeychainFallbackTest::waitFor(const std::function<void(SecretStore::Callback)> &operation)
{
    std::optional<SecretResult> result;
    operation([&result](const SecretResult &finished) { result = finished; });
    // A call must never finish from within itself.
    if (result)
        return SecretResult { SecretResult::Status::Unavailable, {}, false,
                              QStringLiteral("finished synchronously") };
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return SecretResult { SecretResult::Status::Unavailable, {}, false,
                              QStringLiteral("timed out") };
    return *result;
}

void KeychainFallbackTest::readUnavailable()
{
    const SecretResult result = waitFor([this](SecretStore::Callback callback) {
        m_store.read(QStringLiteral("p1"), std::move(callback));
    });
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY2(result.message.contains(QStringLiteral("keychain is not available")),
             qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("session only")));
    QVERIFY(result.secrets.isEmpty());
}

void KeychainFallbackTest::writeUnavailable()
{
    const SecretResult result = waitFor([this](SecretStore::Callback callback) {
        m_store.write(QStringLiteral("p1"), fallbackSecrets, std::move(callback));
    });
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY(!result.message.contains(fallbackSecrets.token));
    QVERIFY(!m_store.hasSessionSecrets(QStringLiteral("p1")));
}

void KeychainFallbackTest::sessionSecrets()
{
    m_store.keepForSession(QStringLiteral("p2"), fallbackSecrets);
    SecretResult result = waitFor([this](SecretStore::Callback callback) {
        m_store.read(QStringLiteral("p2"), std::move(callback));
    });
    QCOMPARE(result.status, SecretResult::Status::Ok);
    QVERIFY(result.sessionOnly);
    QCOMPARE(result.secrets, fallbackSecrets);

    // Deleting drops the session copy even though the keychain itself is unreachable.
    waitFor([this](SecretStore::Callback callback) {
        m_store.remove(QStringLiteral("p2"), std::move(callback));
    });
    QVERIFY(!m_store.hasSessionSecrets(QStringLiteral("p2")));
    result = waitFor([this](SecretStore::Callback callback) {
        m_store.read(QStringLiteral("p2"), std::move(callback));
    });
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
}

void KeychainFallbackTest::sessionKeepsProfile()
{
    ProfileStore profiles(m_home.filePath(QStringLiteral("profiles.ini")));
    ApiClient client;
    Ui::ProfileSession session(&profiles, &m_store, &client);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Offline keychain");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QString id;
    const SecretResult saved = waitFor([&](SecretStore::Callback callback) {
        id = session.saveProfile(profile, fallbackSecrets, std::move(callback));
    });
    QCOMPARE(saved.status, SecretResult::Status::Unavailable);
    // The keychain failed, but the rest of the profile is kept.
    QVERIFY(profiles.profile(id));
    QVERIFY(profiles.profile(id)->hmacEnabled);

    QSignalSpy failed(&session, &Ui::ProfileSession::activationFailed);
    session.activate(id);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).toString(), id);

    session.keepForSession(id, fallbackSecrets);
    QSignalSpy activated(&session, &Ui::ProfileSession::activated);
    session.activate(id);
    QVERIFY(activated.wait(5000));
    QCOMPARE(client.settings().token, fallbackSecrets.token);
    QCOMPARE(client.settings().hmacSecret, fallbackSecrets.hmacSecret);
    QCOMPARE(session.currentId(), id);
}

void KeychainFallbackTest::nothingOnDisk()
{
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int fileCount = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++fileCount;
        QVERIFY2(!content.contains(fallbackSecrets.token.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(fallbackSecrets.hmacSecret.toUtf8()),
                 qPrintable(file.fileName()));
    }
    // The profile settings file, at least, was written and checked.
    QVERIFY(fileCount >= 1);
}

QTEST_GUILESS_MAIN(KeychainFallbackTest)
#include "tst_keychainfallback.moc"
