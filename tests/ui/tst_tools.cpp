// The Tools menu on the offscreen platform against the sandbox. Each tool shows the sandbox's
// data and rejects the bad input the reference implies (bad domain names, unknown video
// locations). Room links go to the clipboard, and the Demo Control Panel link goes to a URL
// handler registered here instead of a real browser.

#include "ui/domaincheckdialog.h"
#include "ui/mainwindow.h"
#include "ui/referencedatadialog.h"
#include "ui/splitdomaindialog.h"
#include "ui/toolsmenu.h"
#include "ui/videoroomsdialog.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "models/domaincheckmodel.h"
#include "models/entitytablemodel.h"
#include "models/quickfilterproxymodel.h"
#include "sandbox/sandboxhost.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Models::DomainCheckModel;
using Page = Ui::ReferenceDataDialog::Page;

// Receives the URLs that QDesktopServices::openUrl() would give to the web browser.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void openUrl(const QUrl &url)
    {
        urls.append(url);
        emit opened();
    }

signals:
    void opened();
};

class TestTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuEntries();
    void demoCpOpensBrowser();
    void demoCpFailureShowsMessage();
    void videoLocationsListed();
    void videoRoomLinkCopied();
    void videoUnknownLocation();
    void videoBadRoomName();
    void parseNames_data();
    void parseNames();
    void domainCheckResults();
    void domainCheckBadName();
    void domainCheckHostNameFails();
    void splitDomainParts();
    void splitDomainBadName();
    void currencyRatesTable();
    void countriesFilterAndSort();
    void datacentersTable();
    void tldAttributesPerTld();
    void referenceF5Reloads();
    void dialogRemembersSize();
    void saveScreenshots();

private:
    Ui::ToolsMenu *toolsMenu() const;
    // Returns the row whose column 0 shows text, or -1.
    static int findRow(const QAbstractItemModel *model, const QString &text);
    Ui::ReferenceDataDialog *openReference(Page page);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestTools::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_tools"));
    QSettings().clear();
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    QString problem;
    QVERIFY2(m_sandbox->start(Sandbox::SandboxOptions(), &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = new Api::ApiClient(settings, this);
}

void TestTools::init()
{
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTools::cleanup()
{
    m_window.reset();
}

Ui::ToolsMenu *TestTools::toolsMenu() const
{
    return m_window->findChild<Ui::ToolsMenu *>();
}

int TestTools::findRow(const QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == text)
            return row;
    }
    return -1;
}

Ui::ReferenceDataDialog *TestTools::openReference(Page page)
{
    Ui::ReferenceDataDialog *dialog = toolsMenu()->showReferenceData(page);
    if (!dialog->isLoaded(page)) {
        QSignalSpy loaded(dialog, &Ui::ReferenceDataDialog::pageLoaded);
        if (!loaded.wait(10000))
            return nullptr;
    }
    return dialog;
}

void TestTools::menuEntries()
{
    Ui::ToolsMenu *tools = toolsMenu();
    QVERIFY(tools);
    QCOMPARE(tools->menu()->objectName(), QStringLiteral("toolsMenu"));
    QStringList names;
    for (QAction *action : tools->menu()->actions()) {
        if (!action->isSeparator())
            names << action->text().remove(u'&');
    }
    QCOMPARE(names,
        QStringList(
            { "Demo Control Panel", "Video conference rooms…", "Domain check…", "Split domain…",
                "Currency rates", "Countries", "Data centers", "TLDs and their attributes" }));
}

void TestTools::demoCpOpensBrowser()
{
    UrlRecorder recorder;
    const QUrl base = m_sandbox->url();
    QDesktopServices::setUrlHandler(base.scheme(), &recorder, "openUrl");
    QSignalSpy opened(toolsMenu(), &Ui::ToolsMenu::demoControlPanelOpened);
    m_window->findChild<QAction *>(QStringLiteral("demoControlPanelAction"))->trigger();
    const bool received = opened.wait(10000);
    QDesktopServices::unsetUrlHandler(base.scheme());
    QVERIFY(received);
    QCOMPARE(recorder.urls.size(), 1);
    const QUrl url = recorder.urls.first();
    QCOMPARE(url.host(), base.host());
    QCOMPARE(url.port(), base.port());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("myuser")), QStringLiteral("democp"));
    QVERIFY(!query.queryItemValue(QStringLiteral("autologin")).isEmpty());
}

void TestTools::demoCpFailureShowsMessage()
{
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = QStringLiteral("not-the-sandbox-token");
    Api::ApiClient badClient(settings);
    Ui::MainWindow window(&badClient);
    auto *tools = window.findChild<Ui::ToolsMenu *>();
    QVERIFY(tools);
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(m_sandbox->url().scheme(), &recorder, "openUrl");
    QSignalSpy failed(tools, &Ui::ToolsMenu::demoControlPanelFailed);
    tools->openDemoControlPanel();
    const bool received = failed.wait(10000);
    QDesktopServices::unsetUrlHandler(m_sandbox->url().scheme());
    QVERIFY(received);
    QVERIFY(recorder.urls.isEmpty());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("toolsError"))));
    QVERIFY2(box->text().contains(QStringLiteral("Demo Control Panel")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("democp-url")), qPrintable(box->text()));
}

void TestTools::videoLocationsListed()
{
    Ui::VideoRoomsDialog *dialog = toolsMenu()->showVideoRooms();
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("videoLocation"));
    QVERIFY(combo);
    if (combo->count() == 0) {
        QSignalSpy loaded(dialog, &Ui::VideoRoomsDialog::locationsLoaded);
        QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(combo->count(), 6);
    const int index = combo->findData(QStringLiteral("meet-bg.suresupport.com"));
    QVERIFY(index >= 0);
    QVERIFY2(combo->itemText(index).contains(QStringLiteral("neterra")),
        qPrintable(combo->itemText(index)));
    QVERIFY2(combo->itemText(index).contains(QStringLiteral("SureSupport.com")),
        qPrintable(combo->itemText(index)));
}

void TestTools::videoRoomLinkCopied()
{
    Ui::VideoRoomsDialog *dialog = toolsMenu()->showVideoRooms();
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("videoLocation"));
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 6, 10000);
    combo->setCurrentIndex(combo->findData(QStringLiteral("meet-us.icdsoft.com")));
    dialog->findChild<QLineEdit *>(QStringLiteral("videoRoom"))
        ->setText(QStringLiteral(" team-room_7 "));
    QSignalSpy created(dialog, &Ui::VideoRoomsDialog::roomCreated);
    auto *createButton = dialog->findChild<QPushButton *>(QStringLiteral("createRoom"));
    QVERIFY(createButton->isEnabled());
    createButton->click();
    QVERIFY(created.wait(10000));
    const QUrl link = dialog->link();
    QCOMPARE(link.host(), QStringLiteral("meet-us.icdsoft.com"));
    QVERIFY2(link.path().endsWith(QStringLiteral("/team-room_7")), qPrintable(link.path()));
    QVERIFY(QUrlQuery(link).hasQueryItem(QStringLiteral("jwt")));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("videoLink"))->text(), link.toString());

    QGuiApplication::clipboard()->clear();
    auto *copyButton = dialog->findChild<QPushButton *>(QStringLiteral("copyLink"));
    QVERIFY(copyButton->isEnabled());
    copyButton->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), link.toString());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("clipboard")),
        qPrintable(dialog->statusText()));
}

void TestTools::videoUnknownLocation()
{
    Ui::VideoRoomsDialog *dialog = toolsMenu()->showVideoRooms();
    // The Create button is disabled until the locations arrive, so wait for them as a user would.
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("videoLocation"));
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 6, 10000);
    QSignalSpy failed(dialog, &Ui::VideoRoomsDialog::requestFailed);
    QSignalSpy created(dialog, &Ui::VideoRoomsDialog::roomCreated);
    dialog->createRoom(QStringLiteral("meet-xx.example.com"), QStringLiteral("room1"));
    QVERIFY(failed.wait(10000));
    QVERIFY(created.isEmpty());
    QVERIFY(dialog->link().isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("meet-xx.example.com")), qPrintable(message));
    QCOMPARE(dialog->statusText(), message);
}

void TestTools::videoBadRoomName()
{
    Ui::VideoRoomsDialog *dialog = toolsMenu()->showVideoRooms();
    QSignalSpy failed(dialog, &Ui::VideoRoomsDialog::requestFailed);
    dialog->createRoom(QStringLiteral("meet-us.icdsoft.com"), QStringLiteral("team room!"));
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("\"team room!\"")), qPrintable(message));
    QVERIFY(dialog->link().isEmpty());
}

void TestTools::parseNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("problemPart");

    QTest::newRow("one") << "example.com" << QStringList { "example.com" } << QString();
    QTest::newRow("lines, blanks, duplicates")
        << "  Example.COM \n\nexample.net\nexample.com.\n"
        << QStringList { "example.com", "example.net" } << QString();
    QTest::newRow("unicode") << "bücher.de" << QStringList { "bücher.de" } << QString();
    QTest::newRow("second level tld")
        << "example.co.uk" << QStringList { "example.co.uk" } << QString();
    QTest::newRow("no dot") << "example" << QStringList() << "Line 1: \"example\"";
    QTest::newRow("space") << "ok.com\nexa mple.com" << QStringList() << "Line 2: \"exa mple.com\"";
    QTest::newRow("underscore") << "bad_name.com" << QStringList() << "\"_\"";
    QTest::newRow("hyphen edge") << "-example.com" << QStringList() << "hyphen";
    QTest::newRow("empty label") << "example..com" << QStringList() << "two dots";
    QTest::newRow("web address") << "https://example.com/" << QStringList() << "web address";
    QTest::newRow("long label") << QString(64, u'a') + ".com" << QStringList() << "63";
    QTest::newRow("nothing") << " \n \n" << QStringList() << "at least one";
}

void TestTools::parseNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QString, problemPart);
    QString problem;
    const std::optional<QStringList> parsed = DomainCheckModel::parseNames(text, &problem);
    if (problemPart.isEmpty()) {
        QVERIFY2(parsed.has_value(), qPrintable(problem));
        QCOMPARE(*parsed, names);
    } else {
        QVERIFY(!parsed.has_value());
        QVERIFY2(problem.contains(problemPart), qPrintable(problem));
    }
}

void TestTools::domainCheckResults()
{
    // A demo domain of the sandbox is registered and hosted there.
    Api::ApiCommands commands(m_client);
    Api::ListQuery query;
    query.limit = 1;
    std::unique_ptr<Api::ApiReply> list(commands.domainList(query));
    QSignalSpy listed(list.get(), &Api::ApiReply::finished);
    QVERIFY(listed.wait(10000));
    QVERIFY2(list->isOk(), qPrintable(list->error().userMessage()));
    const QString hosted = list->data()
                               .toObject()
                               .value(u"data")
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"domain")
                               .toString()
                               .toLower();
    QVERIFY(!hosted.isEmpty());

    Ui::DomainCheckDialog *dialog = toolsMenu()->showDomainCheck();
    dialog->namesEdit()->setPlainText(QStringLiteral("free-name-4711.com\nsometaken.net\n") + hosted
        + QStringLiteral("\nexample.fr"));
    QSignalSpy finished(dialog->model(), &DomainCheckModel::finished);
    dialog->findChild<QPushButton *>(QStringLiteral("checkDomains"))->click();
    QVERIFY(finished.wait(10000));
    const DomainCheckModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 4);
    const auto cell = [model](const QString &name, int column) {
        const int row = findRow(model, name);
        return row < 0 ? QStringLiteral("(no row)") : model->index(row, column).data().toString();
    };
    QCOMPARE(cell("free-name-4711.com", DomainCheckModel::AvailableColumn), QStringLiteral("Yes"));
    QCOMPARE(cell("free-name-4711.com", DomainCheckModel::ResultColumn),
        QStringLiteral("Available for registration"));
    QCOMPARE(cell("sometaken.net", DomainCheckModel::AvailableColumn), QStringLiteral("No"));
    QCOMPARE(cell("sometaken.net", DomainCheckModel::TransferColumn), QStringLiteral("Yes"));
    QCOMPARE(cell("sometaken.net", DomainCheckModel::EppColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(hosted, DomainCheckModel::HostedColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(hosted, DomainCheckModel::AvailableColumn), QStringLiteral("No"));
    QCOMPARE(cell("example.fr", DomainCheckModel::OfferedColumn), QStringLiteral("No"));
    QCOMPARE(cell("example.fr", DomainCheckModel::AvailableColumn), QStringLiteral("No"));
    // The sandbox sends no price, as domain-check documents none.
    QCOMPARE(cell("free-name-4711.com", DomainCheckModel::PriceColumn), QString());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Checked 4 name")),
        qPrintable(dialog->statusText()));

    // Sorting by Available puts the one available name last in ascending order.
    dialog->tableView()->sortByColumn(DomainCheckModel::AvailableColumn, Qt::AscendingOrder);
    const QAbstractItemModel *view = dialog->tableView()->model();
    QCOMPARE(view->index(3, DomainCheckModel::DomainColumn).data().toString(),
        QStringLiteral("free-name-4711.com"));
    dialog->findChild<QLineEdit *>(QStringLiteral("quickFilter"))->setText(QStringLiteral("taken"));
    QCOMPARE(view->rowCount(), 1);
}

void TestTools::domainCheckBadName()
{
    Ui::DomainCheckDialog *dialog = toolsMenu()->showDomainCheck();
    dialog->namesEdit()->setPlainText(QStringLiteral("good.com\nbad_name.com\n"));
    dialog->checkNames();
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Line 2: \"bad_name.com\"")),
        qPrintable(dialog->statusText()));
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!dialog->model()->isRunning());
}

void TestTools::domainCheckHostNameFails()
{
    // The sandbox rejects a host name such as www.example.com, because only registrable names
    // can be checked. The row shows the service's message, and the other names still get checked.
    Ui::DomainCheckDialog *dialog = toolsMenu()->showDomainCheck();
    dialog->namesEdit()->setPlainText(QStringLiteral("www.example.com\nfree-name-99.org"));
    QSignalSpy finished(dialog->model(), &DomainCheckModel::finished);
    dialog->checkNames();
    QVERIFY(finished.wait(10000));
    const DomainCheckModel *model = dialog->model();
    const int failedRow = findRow(model, QStringLiteral("www.example.com"));
    QVERIFY(failedRow >= 0);
    QCOMPARE(model->state(failedRow), DomainCheckModel::State::Failed);
    QVERIFY2(model->errorMessage(failedRow).contains(QStringLiteral("www.example.com")),
        qPrintable(model->errorMessage(failedRow)));
    const int okRow = findRow(model, QStringLiteral("free-name-99.org"));
    QCOMPARE(model->state(okRow), DomainCheckModel::State::Done);
    QVERIFY2(
        dialog->statusText().contains(QStringLiteral("1 name")), qPrintable(dialog->statusText()));
}

void TestTools::splitDomainParts()
{
    Ui::SplitDomainDialog *dialog = toolsMenu()->showSplitDomain();
    dialog->hostnameEdit()->setText(QStringLiteral("www.example.co.uk"));
    QSignalSpy done(dialog, &Ui::SplitDomainDialog::splitFinished);
    QTest::keyClick(dialog->hostnameEdit(), Qt::Key_Return);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(dialog->tld(), QStringLiteral("co.uk"));
    QCOMPARE(dialog->sld(), QStringLiteral("example"));
}

void TestTools::splitDomainBadName()
{
    Ui::SplitDomainDialog *dialog = toolsMenu()->showSplitDomain();
    QSignalSpy done(dialog, &Ui::SplitDomainDialog::splitFinished);
    dialog->hostnameEdit()->setText(QStringLiteral("exa mple!.com"));
    dialog->split();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(dialog->tld().isEmpty());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("exa mple!.com")),
        qPrintable(dialog->statusText()));

    done.clear();
    dialog->hostnameEdit()->clear();
    dialog->split();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("host name is empty")),
        qPrintable(dialog->statusText()));
}

void TestTools::currencyRatesTable()
{
    Ui::ReferenceDataDialog *dialog = openReference(Page::CurrencyRates);
    QVERIFY(dialog);
    const QStandardItemModel *model = dialog->model(Page::CurrencyRates);
    const int eur = findRow(model, QStringLiteral("EUR"));
    QVERIFY(eur >= 0);
    int usdColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == u"USD")
            usdColumn = column;
    }
    QVERIFY(usdColumn > 0);
    // The reference's published EUR to USD rate.
    QCOMPARE(
        model->index(eur, usdColumn).data(Models::EntityTableModel::SortRole).toDouble(), 1.106601);
    QCOMPARE(model->index(eur, usdColumn).data().toString(), QLocale().toString(1.106601, 'f', 6));
}

void TestTools::countriesFilterAndSort()
{
    Ui::ReferenceDataDialog *dialog = openReference(Page::Countries);
    QVERIFY(dialog);
    QCOMPARE(dialog->currentPage(), Page::Countries);
    Api::ApiCommands commands(m_client);
    std::unique_ptr<Api::ApiReply> reply(commands.countries());
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
    const QStandardItemModel *model = dialog->model(Page::Countries);
    QCOMPARE(model->rowCount(), reply->data().toObject().value(u"countries").toObject().size());
    QVERIFY(model->rowCount() > 1);
    const int bulgaria = findRow(model, QStringLiteral("Bulgaria"));
    QVERIFY(bulgaria >= 0);
    QCOMPARE(model->index(bulgaria, 1).data().toString(), QStringLiteral("BG"));
    QCOMPARE(model->index(bulgaria, 7).data().toString(), QStringLiteral("Yes")); // EU

    const QAbstractItemModel *proxy = dialog->proxy(Page::Countries);
    dialog->quickFilterEdit(Page::Countries)->setText(QStringLiteral("bulgaria"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 1).data().toString(), QStringLiteral("BG"));
    dialog->quickFilterEdit(Page::Countries)->clear();
    QCOMPARE(proxy->rowCount(), model->rowCount());

    dialog->tableView(Page::Countries)->sortByColumn(1, Qt::DescendingOrder);
    const QString first = proxy->index(0, 1).data().toString();
    const QString second = proxy->index(1, 1).data().toString();
    QVERIFY2(first > second, qPrintable(first + u' ' + second));
}

void TestTools::datacentersTable()
{
    Ui::ReferenceDataDialog *dialog = openReference(Page::Datacenters);
    QVERIFY(dialog);
    const QStandardItemModel *model = dialog->model(Page::Datacenters);
    QCOMPARE(model->rowCount(), 3);
    const int neterra = findRow(model, QStringLiteral("neterra"));
    QVERIFY(neterra >= 0);
    QCOMPARE(model->index(neterra, 1).data().toString(), QStringLiteral("Europe"));
    QCOMPARE(model->index(neterra, 2).data().toString(), QStringLiteral("BG"));
}

void TestTools::tldAttributesPerTld()
{
    Ui::ReferenceDataDialog *dialog = openReference(Page::Tlds);
    QVERIFY(dialog);
    QTableView *view = dialog->tableView(Page::Tlds);
    const QAbstractItemModel *proxy = view->model();
    const int eu = findRow(proxy, QStringLiteral("eu"));
    QVERIFY(eu >= 0);
    view->setCurrentIndex(proxy->index(eu, 0));
    const QStandardItemModel *attributes = dialog->attributeModel();
    const int language = findRow(attributes, QStringLiteral("eu_adr_lang"));
    QVERIFY2(language >= 0, qPrintable(QString::number(attributes->rowCount())));
    QCOMPARE(attributes->index(language, 2).data().toString(), QStringLiteral("select"));
    QCOMPARE(attributes->index(language, 3).data().toString(), QStringLiteral("Yes"));
    QVERIFY2(
        attributes->index(language, 5).data().toString().contains(QStringLiteral("English (en)")),
        qPrintable(attributes->index(language, 5).data().toString()));
    const int citizenship = findRow(attributes, QStringLiteral("eu_country_of_citizenship"));
    QVERIFY(citizenship >= 0);
    QCOMPARE(attributes->index(citizenship, 3).data().toString(), QStringLiteral("No"));
    QVERIFY(dialog->attributeTitle()->text().contains(QStringLiteral(".eu")));

    const int com = findRow(proxy, QStringLiteral("com"));
    QVERIFY(com >= 0);
    view->setCurrentIndex(proxy->index(com, 0));
    QCOMPARE(attributes->rowCount(), 0);
    QVERIFY2(dialog->attributeTitle()->text().contains(QStringLiteral("no extra attributes")),
        qPrintable(dialog->attributeTitle()->text()));
}

void TestTools::referenceF5Reloads()
{
    Ui::ReferenceDataDialog *dialog = openReference(Page::Datacenters);
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &Ui::ReferenceDataDialog::pageLoaded);
    auto *refresh = dialog->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    refresh->trigger();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().value<Page>(), Page::Datacenters);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(dialog->model(Page::Datacenters)->rowCount(), 3);
    // The other tabs load when they are first shown.
    QVERIFY(!dialog->isLoaded(Page::CurrencyRates));
    QVERIFY(!dialog->isLoaded(Page::Tlds));
}

void TestTools::dialogRemembersSize()
{
    Ui::SplitDomainDialog *dialog = toolsMenu()->showSplitDomain();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->resize(612, 333);
    QTRY_COMPARE(dialog->size(), QSize(612, 333));
    QPointer<Ui::SplitDomainDialog> closed = dialog;
    dialog->close();
    QTRY_VERIFY(closed.isNull());
    Ui::SplitDomainDialog *reopened = toolsMenu()->showSplitDomain();
    QVERIFY(reopened);
    QCOMPARE(reopened->size(), QSize(612, 333));
}

// Saves screenshots for docs/screenshots/ when RESELLERDESK_SCREENSHOT_DIR names a folder.
void TestTools::saveScreenshots()
{
    const QString folder = qEnvironmentVariable("RESELLERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("RESELLERDESK_SCREENSHOT_DIR is not set");
    Ui::DomainCheckDialog *check = toolsMenu()->showDomainCheck();
    check->resize(1100, 440);
    check->namesEdit()->setPlainText(QStringLiteral(
        "my-new-shop.com\nmy-new-shop.eu\nbakery-taken.net\nexample.fr\nwww.example.org"));
    QSignalSpy checked(check->model(), &DomainCheckModel::finished);
    check->checkNames();
    QVERIFY(checked.wait(10000));
    QVERIFY(check->grab().save(QDir(folder).filePath(QStringLiteral("tools-domain-check.png"))));

    Ui::ReferenceDataDialog *reference = openReference(Page::Tlds);
    QVERIFY(reference);
    reference->resize(1000, 620);
    QTableView *view = reference->tableView(Page::Tlds);
    view->setCurrentIndex(view->model()->index(findRow(view->model(), QStringLiteral("eu")), 0));
    QVERIFY(reference->grab().save(QDir(folder).filePath(QStringLiteral("tools-tlds.png"))));
}

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
