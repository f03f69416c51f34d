// Switching profiles in the main window on the offscreen platform: rows loaded under one
// profile never show under another. Profile A has the sandbox's reseller key (all stores),
// profile B a store key for store 16 only.

#include "ui/entitytab.h"
#include "ui/mainwindow.h"
#include "ui/profilesession.h"
#include "ui/profileswitcher.h"

#include "api/apiclient.h"
#include "api/profilestore.h"
#include "api/secretstore.h"
#include "models/entitytablemodel.h"
#include "sandbox/sandboxhost.h"

#include <QApplication>
#include <QComboBox>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ResellerDesk;

class ProfileSwitchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchShowsOnlyNewRows();
    void switchDuringLoad();

private:
    QSet<QString> loadedStoreIds(Ui::MainWindow *window) const;
    bool waitForLoad(Ui::MainWindow *window) const;

    Sandbox::SandboxHost m_sandbox;
    QTemporaryDir m_dir;
};

void ProfileSwitchTest::initTestCase()
{
    Sandbox::SandboxOptions options;
    options.token = QStringLiteral("reseller-switch-token");
    options.storeTokens.insert(QStringLiteral("16"), QStringLiteral("store-16-switch-token"));
    QString problem;
    QVERIFY2(m_sandbox.start(options, &problem), qPrintable(problem));
}

QSet<QString> ProfileSwitchTest::loadedStoreIds(Ui::MainWindow *window) const
{
    const Models::EntityTableModel *model = window->tab(Models::Entity::Accounts)->model();
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonValue storeId = model->item(row).value(QStringLiteral("store_id"));
        ids.insert(storeId.isString() ? storeId.toString()
                                      : QString::number(storeId.toInteger()));
    }
    return ids;
}

bool ProfileSwitchTest::waitForLoad(Ui::MainWindow *window) const
{
    Ui::EntityTab *tab = window->tab(Models::Entity::Accounts);
    return QTest::qWaitFor([tab] { return tab->hasLoaded() && !tab->isLoading(); }, 20000);
}

void ProfileSwitchTest::switchShowsOnlyNewRows()
{
    Api::ProfileStore store(m_dir.filePath(QStringLiteral("switch.ini")));
    Api::SecretStore secrets(QStringLiteral("org.resellerdesk.test-switch"));
    Api::ConnectionProfile reseller;
    reseller.name = QStringLiteral("A reseller");
    reseller.baseUrl = m_sandbox.url();
    const QString resellerId = store.save(reseller);
    Api::ConnectionProfile storeProfile;
    storeProfile.name = QStringLiteral("B store 16");
    storeProfile.baseUrl = m_sandbox.url();
    const QString storeId = store.save(storeProfile);
    store.setCurrentId(resellerId);
    // No Secret Service on this test's bus: the secrets live for the session only.
    secrets.keepForSession(resellerId, { QStringLiteral("reseller-switch-token"), QString() });
    secrets.keepForSession(storeId, { QStringLiteral("store-16-switch-token"), QString() });

    Api::ApiClient client;
    Ui::MainWindow window(&client);
    Ui::ProfileSession session(&store, &secrets, &client);
    QVERIFY(Ui::ProfileSwitcher::attach(&window, &session));
    window.showEntity(Models::Entity::Accounts);
    window.show();
    auto *switcher = window.findChild<Ui::ProfileSwitcher *>();
    QVERIFY(switcher);

    QVERIFY(waitForLoad(&window));
    QCOMPARE(session.currentId(), resellerId);
    const QSet<QString> resellerStores = loadedStoreIds(&window);
    QVERIFY2(resellerStores.size() > 1, "the reseller key should see several stores");

    switcher->comboBox()->setCurrentIndex(switcher->comboBox()->findData(storeId));
    QTRY_COMPARE_WITH_TIMEOUT(session.currentId(), storeId, 10000);
    QVERIFY(waitForLoad(&window));
    QCOMPARE(loadedStoreIds(&window), QSet<QString> { QStringLiteral("16") });
    QTRY_COMPARE_WITH_TIMEOUT(store.profile(storeId)->keyLevel, Api::KeyLevel::Store, 10000);

    switcher->comboBox()->setCurrentIndex(switcher->comboBox()->findData(resellerId));
    QTRY_COMPARE_WITH_TIMEOUT(session.currentId(), resellerId, 10000);
    QVERIFY(waitForLoad(&window));
    QCOMPARE(loadedStoreIds(&window), resellerStores);
    QTRY_COMPARE_WITH_TIMEOUT(store.profile(resellerId)->keyLevel, Api::KeyLevel::Reseller,
                              10000);
}

void ProfileSwitchTest::switchDuringLoad()
{
    Api::ProfileStore store(m_dir.filePath(QStringLiteral("during.ini")));
    Api::SecretStore secrets(QStringLiteral("org.resellerdesk.test-switch"));
    Api::ConnectionProfile reseller;
    reseller.name = QStringLiteral("A reseller");
    reseller.baseUrl = m_sandbox.url();
    const QString resellerId = store.save(reseller);
    Api::ConnectionProfile storeProfile;
    storeProfile.name = QStringLiteral("B store 16");
    storeProfile.baseUrl = m_sandbox.url();
    const QString storeId = store.save(storeProfile);
    store.setCurrentId(resellerId);
    secrets.keepForSession(resellerId, { QStringLiteral("reseller-switch-token"), QString() });
    secrets.keepForSession(storeId, { QStringLiteral("store-16-switch-token"), QString() });

    Api::ApiClient client;
    Ui::MainWindow window(&client);
    Ui::ProfileSession session(&store, &secrets, &client);
    QSignalSpy activated(&session, &Ui::ProfileSession::activated);
    QVERIFY(Ui::ProfileSwitcher::attach(&window, &session));
    window.showEntity(Models::Entity::Accounts);
    window.show();
    // Switch as soon as profile A's first request is out, before its rows arrive.
    QVERIFY(activated.wait(10000));
    QVERIFY(window.tab(Models::Entity::Accounts)->isLoading());
    session.activate(storeId);
    QTRY_COMPARE_WITH_TIMEOUT(session.currentId(), storeId, 10000);
    QVERIFY(waitForLoad(&window));
    QCOMPARE(loadedStoreIds(&window), QSet<QString> { QStringLiteral("16") });
}

QTEST_MAIN(ProfileSwitchTest)
#include "tst_profileswitch.moc"
