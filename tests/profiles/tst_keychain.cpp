// SecretStore against a real Secret Service (tests/run-with-keyring.sh starts one), and a
// full profile session whose settings file, log, window title and error messages are
// searched for the secret values.

#include "ui/entitytab.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/profilesession.h"
#include "ui/profileswitcher.h"

#include "api/apiclient.h"
#include "api/profilestore.h"
#include "api/secretstore.h"
#include "models/entitytablemodel.h"
#include "sandbox/sandboxhost.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ResellerDesk;
using namespace ResellerDesk::Api;

namespace {

QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&logMutex);
    capturedLog.append(QString::fromLatin1(context.category) + u": " + message);
}

// QT_LOGGING_RULES from CTest outranks setFilterRules(), so a filter turns every level on.
void enableEverything(QLoggingCategory *category)
{
    category->setEnabled(QtDebugMsg, true);
    category->setEnabled(QtInfoMsg, true);
    category->setEnabled(QtWarningMsg, true);
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void noSecretLeaks();
    void cliProfile();

private:
    SecretResult waitFor(const std::function<void(SecretStore::Callback)> &operation);

    SecretStore m_store { QStringLiteral("org.resellerdesk.test-keychain") };
};

void KeychainTest::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("RESELLERDESK_PRIVATE_BUS"),
             "run this test through tests/run-with-keyring.sh");
}

SecretResult KeychainTest::waitFor(const std::function<void(SecretStore::Callback)> &operation)
{
    std::optional<SecretResult> result;
    operation([&result](const SecretResult &finished) { result = finished; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return SecretResult { SecretResult::Status::Unavailable, {}, false,
                              QStringLiteral("timed out") };
    return *result;
}

void KeychainTest::roundTrip()
{
    const QString id = ConnectionProfile::createId();
    const ProfileSecrets first { QStringLiteral("round-token-1"), QStringLiteral("round-hmac-1") };
    SecretResult result = waitFor([&](SecretStore::Callback callback) {
        m_store.write(id, first, std::move(callback));
    });
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QVERIFY(!m_store.hasSessionSecrets(id));

    result = waitFor([&](SecretStore::Callback callback) { m_store.read(id, std::move(callback)); });
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QVERIFY(!result.sessionOnly);
    QCOMPARE(result.secrets, first);

    const ProfileSecrets second { QStringLiteral("round-token-2"), QString() };
    result = waitFor([&](SecretStore::Callback callback) {
        m_store.write(id, second, std::move(callback));
    });
    QVERIFY2(result.isOk(), qPrintable(result.message));
    result = waitFor([&](SecretStore::Callback callback) { m_store.read(id, std::move(callback)); });
    QCOMPARE(result.secrets, second);

    result = waitFor([&](SecretStore::Callback callback) { m_store.remove(id, std::move(callback)); });
    QVERIFY2(result.isOk(), qPrintable(result.message));
    result = waitFor([&](SecretStore::Callback callback) { m_store.read(id, std::move(callback)); });
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    // Deleting what is gone already succeeds.
    result = waitFor([&](SecretStore::Callback callback) { m_store.remove(id, std::move(callback)); });
    QVERIFY(result.isOk());
}

void KeychainTest::noSecretLeaks()
{
    const QString token = QStringLiteral("leak-token-51f0c3a9");
    const QString hmacSecret = QStringLiteral("leak-hmac-8d27be40");
    const QString wrongSecret = QStringLiteral("leak-wrong-hmac-3e91");
    Sandbox::SandboxHost sandbox;
    Sandbox::SandboxOptions options;
    options.token = token;
    options.hmacSecret = hmacSecret;
    QVERIFY(sandbox.start(options));

    capturedLog.clear();
    QLoggingCategory::CategoryFilter previousFilter
            = QLoggingCategory::installFilter(enableEverything);
    const QtMessageHandler previousHandler = qInstallMessageHandler(captureMessage);

    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
    ApiClient client;
    Ui::MainWindow window(&client);
    Ui::ProfileSession session(&store, &m_store, &client);
    ConnectionProfile good;
    good.name = QStringLiteral("Signed");
    good.baseUrl = sandbox.url();
    QString goodId;
    SecretResult saved = waitFor([&](SecretStore::Callback callback) {
        goodId = session.saveProfile(good, { token, hmacSecret }, std::move(callback));
    });
    QVERIFY2(saved.isOk(), qPrintable(saved.message));
    ConnectionProfile wrong = good;
    wrong.name = QStringLiteral("Wrong secret");
    QString wrongId;
    saved = waitFor([&](SecretStore::Callback callback) {
        wrongId = session.saveProfile(wrong, { token, wrongSecret }, std::move(callback));
    });
    QVERIFY2(saved.isOk(), qPrintable(saved.message));
    store.setCurrentId(goodId);

    QVERIFY(Ui::ProfileSwitcher::attach(&window, &session));
    window.showEntity(Models::Entity::Accounts);
    window.show();
    Ui::EntityTab *tab = window.tab(Models::Entity::Accounts);
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasLoaded() && !tab->isLoading(), 20000);
    QVERIFY(tab->model()->rowCount() > 0);
    const QString goodTitle = window.windowTitle();

    session.activate(wrongId);
    QTRY_COMPARE_WITH_TIMEOUT(session.currentId(), wrongId, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorBanner()->isVisible(), 20000);
    const QString errorText = tab->errorBanner()->message();
    QVERIFY2(errorText.contains(QStringLiteral("signature")), qPrintable(errorText));

    for (const QString &id : { goodId, wrongId }) {
        const SecretResult removed = waitFor([&](SecretStore::Callback callback) {
            session.removeProfile(id, std::move(callback));
        });
        QVERIFY(removed.isOk());
    }
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::installFilter(previousFilter);

    QFile settingsFile(store.sync());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QString settingsText = QString::fromUtf8(settingsFile.readAll());
    const QString log = capturedLog.join(u'\n');
    // The trace must have run, or the search below proves nothing.
    QVERIFY(log.contains(QStringLiteral("resellerdesk.api.http")));
    QVERIFY(log.contains(QStringLiteral("resellerdesk.keychain")));
    const QList<QPair<QString, QString>> places = {
        { QStringLiteral("settings file"), settingsText },
        { QStringLiteral("log"), log },
        { QStringLiteral("window title"), goodTitle + u'\n' + window.windowTitle() },
        { QStringLiteral("error message"), errorText },
    };
    for (const auto &[place, text] : places) {
        for (const QString &secret : { token, hmacSecret, wrongSecret })
            QVERIFY2(!text.contains(secret), qPrintable(place + u" contains " + secret.left(9)));
    }
}

void KeychainTest::cliProfile()
{
    // The wrapper's temporary XDG_CONFIG_HOME contains the native settings file that
    // resellerdesk-cli reads, so the user's own profiles are never touched.
    QVERIFY(qEnvironmentVariable("XDG_CONFIG_HOME").startsWith(QDir::tempPath()));
    const QString token = QStringLiteral("cli-token-6a0e2f17");
    const QString hmacSecret = QStringLiteral("cli-hmac-b93d4c08");
    Sandbox::SandboxHost sandbox;
    Sandbox::SandboxOptions options;
    options.token = token;
    options.hmacSecret = hmacSecret;
    QVERIFY(sandbox.start(options));

    ProfileStore store;
    SecretStore appSecrets(QStringLiteral(RESELLERDESK_APP_ID));
    ConnectionProfile profile;
    profile.name = QStringLiteral("cli signed");
    profile.baseUrl = sandbox.url();
    profile.id = store.save(profile);
    store.sync();
    const SecretResult saved = waitFor([&](SecretStore::Callback callback) {
        appSecrets.write(profile.id, { token, hmacSecret }, std::move(callback));
    });
    QVERIFY2(saved.isOk(), qPrintable(saved.message));

    const auto runCli = [](const QStringList &arguments, const QProcessEnvironment &environment,
                           QByteArray *output) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RESELLERDESK_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RESELLERDESK_TOKEN"));
    environment.remove(QStringLiteral("RESELLERDESK_HMAC_SECRET"));
    environment.remove(QStringLiteral("RESELLERDESK_API_URL"));
    QByteArray output;

    QCOMPARE(runCli({ QStringLiteral("--profile"), profile.name, QStringLiteral("call"),
                      QStringLiteral("account-list") },
                    environment, &output),
             0);
    QVERIFY2(output.contains("\"account_id\""), output.constData());
    QVERIFY(!output.contains(token.toUtf8()));

    QCOMPARE(runCli({ QStringLiteral("--profile"), QStringLiteral("no such profile"),
                      QStringLiteral("call"), QStringLiteral("account-list") },
                    environment, &output),
             2);
    QVERIFY2(output.contains("no such profile"), output.constData());
    QVERIFY(output.contains("cli signed"));

    // The environment wins over the profile, here with a wrong token.
    environment.insert(QStringLiteral("RESELLERDESK_TOKEN"), QStringLiteral("cli-wrong-token"));
    QCOMPARE(runCli({ QStringLiteral("--profile"), profile.name, QStringLiteral("call"),
                      QStringLiteral("account-list") },
                    environment, &output),
             1);
    QVERIFY(!output.contains(token.toUtf8()));
    QVERIFY(!output.contains(hmacSecret.toUtf8()));
    QVERIFY(!output.contains("cli-wrong-token"));

    waitFor([&](SecretStore::Callback callback) {
        appSecrets.remove(profile.id, std::move(callback));
    });
    store.remove(profile.id);
}

QTEST_MAIN(KeychainTest)
#include "tst_keychain.moc"
