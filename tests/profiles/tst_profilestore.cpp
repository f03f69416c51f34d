// Profiles' validation and QSettings storage, key level detection against the sandbox, and
// redirects to another host.

#include "api/apiclient.h"
#include "api/certificateerrorlog.h"
#include "api/keylevelprobe.h"
#include "api/profilestore.h"
#include "sandbox/sandboxhost.h"

#include "../api/scriptedserver.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ResellerDesk;
using namespace ResellerDesk::Api;
using namespace ResellerDesk::Api::Testing;

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void validatePlainHttp_data();
    void validatePlainHttp();
    void validateFields();
    void storeRoundTrip();
    void storeKeepsNoSecrets();
    void keyLevelReseller();
    void keyLevelStore();
    void keyLevelBadToken();
    void redirectToOtherHost();
    void clockSkewMessage();
    void rejectedCertificateDetails();

private:
    KeyLevel probe(const ConnectionSettings &settings, ApiError *error);
};

void ProfileStoreTest::validatePlainHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << "https://api.suresupport.com" << true;
    QTest::newRow("http-remote") << "http://api.suresupport.com" << false;
    QTest::newRow("http-lan") << "http://192.168.1.10:8080" << false;
    QTest::newRow("http-loopback") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http-localhost") << "http://localhost:8080" << true;
    QTest::newRow("http-ipv6-loopback") << "http://[::1]:8080" << true;
    QTest::newRow("ftp") << "ftp://api.suresupport.com" << false;
}

void ProfileStoreTest::validatePlainHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Main");
    profile.baseUrl = QUrl(url);
    QString problem;
    QCOMPARE(profile.validate(&problem), valid);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(url.section(u'/', 0, 2)), qPrintable(problem));
}

void ProfileStoreTest::validateFields()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Main");
    QVERIFY(profile.validate());

    ConnectionProfile unnamed = profile;
    unnamed.name = QStringLiteral("  ");
    QString problem;
    QVERIFY(!unnamed.validate(&problem));
    QVERIFY(problem.contains(QStringLiteral("name is missing")));

    ConnectionProfile badZone = profile;
    badZone.tz = QStringLiteral("Mars/Olympus");
    QVERIFY(!badZone.validate(&problem));
    QVERIFY(problem.contains(QStringLiteral("Mars/Olympus")));

    ConnectionProfile goodZone = profile;
    goodZone.tz = QStringLiteral("Europe/Sofia");
    QVERIFY(goodZone.validate());

    ConnectionProfile shortTimeout = profile;
    shortTimeout.timeoutMs = 10;
    QVERIFY(!shortTimeout.validate(&problem));
    QVERIFY(problem.contains(QStringLiteral("timeout")));

    // A sandbox profile gets its loopback URL when the sandbox starts.
    ConnectionProfile sandbox = profile;
    sandbox.sandbox = true;
    sandbox.baseUrl = QUrl(QStringLiteral("http://api.suresupport.com"));
    QVERIFY(sandbox.validate());
}

void ProfileStoreTest::storeRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QString storeId;
    QString resellerId;
    {
        ProfileStore store(file);
        ConnectionProfile reseller;
        reseller.name = QStringLiteral("reseller");
        reseller.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
        reseller.keyLevel = KeyLevel::Reseller;
        reseller.hmacEnabled = true;
        reseller.tokenInHeader = true;
        reseller.tz = QStringLiteral("Europe/Sofia");
        reseller.timeoutMs = 12000;
        resellerId = store.save(reseller);
        ConnectionProfile storeProfile;
        storeProfile.name = QStringLiteral("Alpha store");
        storeProfile.sandbox = true;
        storeId = store.save(storeProfile);
        store.setCurrentId(resellerId);
        store.sync();
    }
    ProfileStore store(file);
    const QList<ConnectionProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, QStringLiteral("Alpha store"));
    QCOMPARE(profiles.at(1).name, QStringLiteral("reseller"));
    const ConnectionProfile reseller = *store.profile(resellerId);
    QCOMPARE(reseller.baseUrl, QUrl(QStringLiteral("https://api.example.com/v1")));
    QCOMPARE(reseller.keyLevel, KeyLevel::Reseller);
    QVERIFY(reseller.hmacEnabled);
    QVERIFY(reseller.tokenInHeader);
    QCOMPARE(reseller.tz, QStringLiteral("Europe/Sofia"));
    QCOMPARE(reseller.timeoutMs, 12000);
    QVERIFY(store.profile(storeId)->sandbox);
    QCOMPARE(store.currentId(), resellerId);
    QCOMPARE(store.profileByName(QStringLiteral("Alpha store"))->id, storeId);
    QVERIFY(!store.profileByName(QStringLiteral("alpha store")));
    QVERIFY(store.isNameTaken(QStringLiteral("ALPHA STORE")));
    QVERIFY(!store.isNameTaken(QStringLiteral("Alpha store"), storeId));

    store.remove(resellerId);
    QVERIFY(!store.profile(resellerId));
    QVERIFY(store.currentId().isEmpty());
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(!store.profile(QStringLiteral("../x/y")));
}

void ProfileStoreTest::storeKeepsNoSecrets()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    ProfileStore store(file);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Main");
    const ProfileSecrets secrets { QStringLiteral("tok-4b1d9e"), QStringLiteral("hmac-77aa01") };
    // toSettings() carries the secrets to the client, and save() must drop them.
    QCOMPARE(profile.toSettings(secrets).token, secrets.token);
    store.save(profile);
    QFile settings(store.sync());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll();
    QVERIFY(content.contains("Main"));
    QVERIFY(!content.contains(secrets.token.toUtf8()));
    QVERIFY(!content.contains(secrets.hmacSecret.toUtf8()));
}

KeyLevel ProfileStoreTest::probe(const ConnectionSettings &settings, ApiError *error)
{
    ApiClient client(settings);
    client.setRetryDelaysMs({});
    KeyLevelProbe probe(&client);
    QSignalSpy finished(&probe, &KeyLevelProbe::finished);
    probe.start();
    if (!finished.wait(10000) || finished.size() != 1)
        return KeyLevel::Unknown;
    *error = finished.at(0).at(1).value<ApiError>();
    return finished.at(0).at(0).value<KeyLevel>();
}

void ProfileStoreTest::keyLevelReseller()
{
    Sandbox::SandboxHost sandbox;
    Sandbox::SandboxOptions options;
    options.token = QStringLiteral("reseller-token");
    options.hmacSecret = QStringLiteral("reseller-hmac");
    QVERIFY(sandbox.start(options));
    ConnectionSettings settings;
    settings.baseUrl = sandbox.url();
    settings.token = options.token;
    settings.hmacSecret = options.hmacSecret;
    ApiError error;
    QCOMPARE(probe(settings, &error), KeyLevel::Reseller);
    QVERIFY(!error.isError());
}

void ProfileStoreTest::keyLevelStore()
{
    Sandbox::SandboxHost sandbox;
    Sandbox::SandboxOptions options;
    options.storeTokens.insert(QStringLiteral("16"), QStringLiteral("store-16-token"));
    QVERIFY(sandbox.start(options));
    ConnectionSettings settings;
    settings.baseUrl = sandbox.url();
    settings.token = QStringLiteral("store-16-token");
    ApiError error;
    QCOMPARE(probe(settings, &error), KeyLevel::Store);
    QVERIFY(!error.isError());
}

void ProfileStoreTest::keyLevelBadToken()
{
    Sandbox::SandboxHost sandbox;
    QVERIFY(sandbox.start({}));
    ConnectionSettings settings;
    settings.baseUrl = sandbox.url();
    settings.token = QStringLiteral("wrong-token-5c2e");
    ApiError error;
    QCOMPARE(probe(settings, &error), KeyLevel::Unknown);
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QVERIFY(error.hasCode(QStringLiteral("unauthorized")));
    QVERIFY(!error.userMessage().contains(settings.token));
}

void ProfileStoreTest::redirectToOtherHost()
{
    // 127.0.0.1 redirects to localhost: the same machine but another host name, which the
    // client must treat as another host and not send the token to.
    ScriptedServer server;
    ScriptedServer elsewhere;
    QVERIFY(server.listen());
    QVERIFY(elsewhere.listen());
    const QByteArray target = "http://localhost:" + QByteArray::number(elsewhere.url().port())
            + "/catalog";
    server.setHandler([target](const ReceivedRequest &) {
        ScriptedResponse response = ScriptedResponse::json(QByteArray(), 302);
        response.contentType = "text/plain\r\nLocation: " + target;
        return response;
    });
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.token = QStringLiteral("token-never-sent-elsewhere");
    ApiError error;
    QCOMPARE(probe(settings, &error), KeyLevel::Unknown);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 302);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(elsewhere.requestCount(), 0);
}

void ProfileStoreTest::clockSkewMessage()
{
    // The sandbox's response when a signed request's ts is outside its 5-minute window.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedRequest &) {
        return ScriptedResponse::json(
                R"({"ttl": 0, "status": false, "data": [], "messages": [{"type": "error",)"
                R"( "code": "invalid_timestamp", "params": {"ts": "1", "now": "900"}}]})");
    });
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.token = QStringLiteral("clock-token");
    settings.hmacSecret = QStringLiteral("clock-hmac");
    ApiError error;
    QCOMPARE(probe(settings, &error), KeyLevel::Unknown);
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QVERIFY2(error.userMessage().contains(QStringLiteral("computer's clock")),
             qPrintable(error.userMessage()));
}

void ProfileStoreTest::rejectedCertificateDetails()
{
    // A self-signed certificate for 127.0.0.1, made for this run only.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                    dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=resellerdesk-test"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("the openssl program is needed to make a test certificate");
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certificates
            = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
    QCOMPARE(certificates.size(), 1);

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    settings.token = QStringLiteral("token-behind-untrusted-certificate");
    ApiClient client(settings);
    client.setRetryDelaysMs({});
    CertificateErrorLog log(client.networkAccessManager());
    QSignalSpy rejected(&log, &CertificateErrorLog::certificateRejected);
    KeyLevelProbe probe(&client);
    QSignalSpy finished(&probe, &KeyLevelProbe::finished);
    probe.start();
    QVERIFY(finished.wait(20000));

    const ApiError error = finished.at(0).at(1).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), QStringLiteral("127.0.0.1"));
    const QString description = log.description(QStringLiteral("127.0.0.1"));
    QVERIFY2(description.contains(QStringLiteral("Issued to: resellerdesk-test")),
             qPrintable(description));
    const QString fingerprint = QString::fromLatin1(
            certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(description.contains(fingerprint), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("self-signed")), qPrintable(description));
}

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "tst_profilestore.moc"
