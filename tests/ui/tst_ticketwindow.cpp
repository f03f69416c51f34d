// The ticket window, its reply editor and the new ticket dialog on the offscreen platform
// against the sandbox over loopback HTTP: reading, replying, attachments both ways, drafts,
// HTML shown as text, and no second send after a timed-out reply.

#include "replyholdproxy.h"

#include "ui/attachmentpanel.h"
#include "ui/entitytab.h"
#include "ui/mainwindow.h"
#include "ui/errorbanner.h"
#include "ui/messageeditor.h"
#include "ui/newticketdialog.h"
#include "ui/threadbrowser.h"
#include "ui/ticketauthdialog.h"
#include "ui/ticketwindow.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "api/supportrecords.h"
#include "models/draftstore.h"
#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/quickfilterproxymodel.h"
#include "models/ticketthread.h"
#include "sandbox/sandboxhost.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;

namespace {

// The reference's example ticket: answered by the operator and unread, so it can be replied.
constexpr qlonglong exampleTicketId = 935470;

} // namespace

class TestTicketWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openMarksRead();
    void replyOnlyWhenAllowed();
    void attachmentRoundTrip();
    void attachmentLimits();
    void pasteAndCannedReply();
    void htmlShownAsText();
    void draftSurvivesWindow();
    void timedOutReplyNotResent();
    void lostReplyMayResend();
    void newTicketNeedsReadThreads();
    void ticketAuthChecksLogin();
    void ticketsTabFiltersAndOpens();
    void datesInRequestedZone();
    void saveScreenshots();

private:
    std::optional<Api::Ticket> fetchTicket(qlonglong id, Api::ApiClient *client = nullptr);
    // Opens a window for the ticket and waits for its thread.
    std::unique_ptr<Ui::TicketWindow> openWindow(qlonglong id, Api::ApiClient *client = nullptr);
    // Waits until the simulated operator has responded, so that replies are allowed again.
    bool waitUntilReplyAllowed(Ui::TicketWindow *window);
    bool sendReply(Ui::TicketWindow *window, const QString &text);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    QTemporaryDir m_draftFolder;
};

void TestTicketWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_ticketwindow"));
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.operatorReplyDelayMs = 100;
    QString problem;
    QVERIFY2(m_sandbox->start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = new Api::ApiClient(settings, this);
    QVERIFY(m_draftFolder.isValid());
}

void TestTicketWindow::init()
{
    Models::DraftStore(m_draftFolder.path()).remove(Models::DraftStore::replyKey(exampleTicketId));
    Models::DraftStore(m_draftFolder.path()).remove(Models::DraftStore::newTicketKey());
}

std::optional<Api::Ticket> TestTicketWindow::fetchTicket(qlonglong id, Api::ApiClient *client)
{
    Api::ListQuery query;
    query.addFilter(QStringLiteral("id"), Api::FilterCondition::Equal, QString::number(id));
    std::unique_ptr<Api::ApiReply> reply(
            Api::ApiCommands(client ? client : m_client).ticketList(query));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return std::nullopt;
    const auto page = Api::RecordParsing::parsePage<Api::Ticket>(reply->data());
    if (!page || page->items.isEmpty())
        return std::nullopt;
    return page->items.first();
}

std::unique_ptr<Ui::TicketWindow> TestTicketWindow::openWindow(qlonglong id,
                                                               Api::ApiClient *client)
{
    auto window = std::make_unique<Ui::TicketWindow>(client ? client : m_client, id);
    window->setDraftStore(Models::DraftStore(m_draftFolder.path()));
    window->show();
    QSignalSpy loaded(window->thread(), &Models::TicketThread::loaded);
    if (!window->thread()->ticket() && !loaded.wait(10000))
        return nullptr;
    // The draft's attachments are restored on a worker thread.
    if (!QTest::qWaitFor([&window] { return !window->editor()->isRestoring(); }, 10000))
        return nullptr;
    return window;
}

bool TestTicketWindow::waitUntilReplyAllowed(Ui::TicketWindow *window)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (window->thread()->canSend())
            return true;
        QSignalSpy loaded(window->thread(), &Models::TicketThread::loaded);
        window->thread()->reload();
        if (!loaded.wait(10000))
            return false;
    }
    return window->thread()->canSend();
}

bool TestTicketWindow::sendReply(Ui::TicketWindow *window, const QString &text)
{
    window->editor()->setText(text);
    QSignalSpy confirmed(window->thread(), &Models::TicketThread::replyConfirmed);
    QTest::keyClick(window->editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    return confirmed.wait(10000);
}

void TestTicketWindow::openMarksRead()
{
    const std::optional<Api::Ticket> before = fetchTicket(exampleTicketId);
    QVERIFY(before);
    QVERIFY(!before->isRead());

    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    QVERIFY(window->browser()->toPlainText().contains(u"My Wordpress is not working"));
    QVERIFY(window->browser()->toPlainText().contains(u"Support123"));
    QCOMPARE(window->attachmentPanel()->tree()->topLevelItemCount(), 3);
    QVERIFY(window->attachmentPanel()->tree()->topLevelItem(1)->text(0).contains(u"deleted"));

    const std::optional<Api::Ticket> after = fetchTicket(exampleTicketId);
    QVERIFY(after);
    QVERIFY(after->isRead());
}

void TestTicketWindow::replyOnlyWhenAllowed()
{
    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    QVERIFY(waitUntilReplyAllowed(window.get()));
    window->editor()->setText(QStringLiteral("First reply"));
    QVERIFY(window->editor()->sendButton()->isEnabled());

    QVERIFY(sendReply(window.get(), QStringLiteral("First reply")));
    QVERIFY(window->editor()->text().isEmpty());
    QVERIFY(!Models::DraftStore(m_draftFolder.path())
                     .contains(Models::DraftStore::replyKey(exampleTicketId)));
    // Until the operator responds, the thread waits and the editor shows why.
    QTRY_VERIFY_WITH_TIMEOUT(window->thread()->ticket()
                                     && !window->thread()->ticket()->canReply(),
                             10000);
    window->editor()->setText(QStringLiteral("Second reply"));
    QVERIFY(!window->editor()->sendButton()->isEnabled());
    const auto *reason = window->editor()->findChild<QLabel *>(QStringLiteral("sendBlockedReason"));
    QVERIFY(reason->text().contains(u"can_reply"));
    window->editor()->clear();
}

void TestTicketWindow::attachmentRoundTrip()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QByteArray binary(300 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : binary)
        byte = char(generator.bounded(256));
    const QString source = folder.filePath(QStringLiteral("blob.bin"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(binary);
    file.close();

    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    QVERIFY(waitUntilReplyAllowed(window.get()));
    window->editor()->addFiles({source});
    QTRY_COMPARE(window->editor()->attachments().size(), 1);
    QVERIFY(sendReply(window.get(), QStringLiteral("Here is the file")));
    QTRY_VERIFY(window->browser()->toPlainText().contains(u"Here is the file"));

    const QString target = folder.filePath(QStringLiteral("saved"));
    QVERIFY(QDir().mkpath(target));
    QSignalSpy saved(window->attachmentPanel(), &Ui::AttachmentPanel::saveFinished);
    window->attachmentPanel()->saveAll(target);
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(1).toStringList(), QStringList());
    const QStringList paths = saved.first().at(0).toStringList();
    const auto match = std::find_if(paths.cbegin(), paths.cend(), [](const QString &path) {
        return path.endsWith(u"/blob.bin");
    });
    QVERIFY2(match != paths.cend(), qPrintable(paths.join(u", ")));
    QFile result(*match);
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), binary);
}

void TestTicketWindow::attachmentLimits()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    Ui::MessageEditor editor;
    QStringList small;
    for (int i = 1; i <= 4; ++i) {
        const QString path = folder.filePath(QStringLiteral("file%1.txt").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text");
        small.append(path);
    }
    editor.addFiles(small);
    QTRY_COMPARE(editor.pendingReads(), 0);
    QCOMPARE(editor.attachments().size(), 3);
    QVERIFY(editor.attachmentError().contains(u"file4.txt"));

    editor.setAttachments({});
    const QString large = folder.filePath(QStringLiteral("large.iso"));
    QFile file(large);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(21 * 1024 * 1024));
    file.close();
    editor.addFiles({large});
    QCOMPARE(editor.pendingReads(), 0);
    QCOMPARE(editor.attachments().size(), 0);
    QVERIFY(editor.attachmentError().contains(u"large.iso"));
    QVERIFY(editor.attachmentError().contains(u"20 MB"));
}

void TestTicketWindow::pasteAndCannedReply()
{
    Ui::MessageEditor editor;
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QGuiApplication::clipboard()->setImage(image);
    editor.textEdit()->paste();
    QCOMPARE(editor.attachments().size(), 1);
    QCOMPARE(editor.attachments().first().mimeType, QStringLiteral("image/png"));
    QVERIFY(editor.text().isEmpty());

    editor.setPlaceholderValues({{QStringLiteral("name"), QStringLiteral("Jane Doe")}});
    QTest::keyClicks(editor.textEdit(), QStringLiteral("/thanks"));
    QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
    QVERIFY2(editor.text().startsWith(u"Hello Jane Doe,"), qPrintable(editor.text()));
    QVERIFY(!editor.text().contains(u"/thanks"));
}

void TestTicketWindow::htmlShownAsText()
{
    QTcpServer trap;
    QVERIFY(trap.listen(QHostAddress::LocalHost));
    const QString html = QStringLiteral("<b>bold</b> <img src=\"http://127.0.0.1:%1/x.png\"> "
                                        "<a href=\"file:///etc/passwd\">x</a> see "
                                        "https://example.com/help.")
                                 .arg(trap.serverPort());
    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    QVERIFY(waitUntilReplyAllowed(window.get()));
    QVERIFY(sendReply(window.get(), html));
    QTRY_VERIFY(window->browser()->toPlainText().contains(u"<b>bold</b>"));
    QVERIFY(window->browser()->toPlainText().contains(u"<img src="));
    QCOMPARE(window->browser()->blockedResourceCount(), 0);
    QVERIFY(window->browser()->toHtml().contains(u"href=\"https://example.com/help\""));
    QVERIFY(!window->browser()->toHtml().contains(u"href=\"file:"));
    // Bounded negative check: nothing may connect to the address named in the message.
    QVERIFY(!trap.waitForNewConnection(200));
}

void TestTicketWindow::draftSurvivesWindow()
{
    {
        auto window = openWindow(exampleTicketId);
        QVERIFY(window);
        QTest::keyClicks(window->editor()->textEdit(), QStringLiteral("Half-written reply"));
        window->editor()->addAttachment({QStringLiteral("note.txt"),
                                         QStringLiteral("text/plain"), QByteArray("note")});
    }
    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    QCOMPARE(window->editor()->text(), QStringLiteral("Half-written reply"));
    QCOMPARE(window->editor()->attachments().size(), 1);
    QCOMPARE(window->editor()->attachments().first().data, QByteArray("note"));
    window->editor()->clear();
}

void TestTicketWindow::timedOutReplyNotResent()
{
    ReplyHoldProxy proxy(m_sandbox->url());
    QVERIFY(proxy.listen());
    Api::ConnectionSettings settings = m_client->settings();
    settings.baseUrl = proxy.url();
    settings.timeoutMs = 1000;
    Api::ApiClient client(settings);

    auto window = openWindow(exampleTicketId, &client);
    QVERIFY(window);
    QVERIFY(waitUntilReplyAllowed(window.get()));
    const QString text = QStringLiteral("Reply whose response is lost");
    window->editor()->setText(text);
    proxy.loseNextRequest(ReplyHoldProxy::Mode::HoldResponse);
    QSignalSpy confirmed(window->thread(), &Models::TicketThread::replyConfirmed);
    QSignalSpy failed(window->thread(), &Models::TicketThread::replyFailed);
    QTest::keyClick(window->editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(window->thread()->sendState(), Models::TicketThread::SendState::Sending);
    // Ctrl+Enter while the outcome is unknown sends nothing more.
    QTest::keyClick(window->editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(confirmed.wait(15000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(proxy.lostRequests(), 1);
    QVERIFY(window->editor()->text().isEmpty());

    QSignalSpy loaded(window->thread(), &Models::TicketThread::loaded);
    window->thread()->reload();
    QVERIFY(loaded.wait(10000));
    int copies = 0;
    for (const Api::TicketMessage &message : window->thread()->ticket()->messages())
        copies += message.question() == text ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestTicketWindow::lostReplyMayResend()
{
    ReplyHoldProxy proxy(m_sandbox->url());
    QVERIFY(proxy.listen());
    Api::ConnectionSettings settings = m_client->settings();
    settings.baseUrl = proxy.url();
    settings.timeoutMs = 1000;
    Api::ApiClient client(settings);

    auto window = openWindow(exampleTicketId, &client);
    QVERIFY(window);
    QVERIFY(waitUntilReplyAllowed(window.get()));
    window->editor()->setText(QStringLiteral("Reply that never arrives"));
    proxy.loseNextRequest(ReplyHoldProxy::Mode::DropRequest);
    QSignalSpy failed(window->thread(), &Models::TicketThread::replyFailed);
    QTest::keyClick(window->editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(failed.wait(15000));
    QVERIFY(failed.first().at(1).toBool());
    QCOMPARE(window->editor()->text(), QStringLiteral("Reply that never arrives"));
    QVERIFY(window->errorBanner()->isVisibleTo(window.get()));
    QVERIFY(window->editor()->sendButton()->isEnabled());
    window->editor()->clear();
}

void TestTicketWindow::newTicketNeedsReadThreads()
{
    // The operator's latest answer to the example ticket is unread again.
    auto reader = openWindow(exampleTicketId);
    QVERIFY(reader);
    QVERIFY(waitUntilReplyAllowed(reader.get()));
    QVERIFY(sendReply(reader.get(), QStringLiteral("One more question")));
    reader.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!fetchTicket(exampleTicketId)->isRead(), 10000);

    Ui::NewTicketDialog dialog(m_client);
    dialog.setDraftStore(Models::DraftStore(m_draftFolder.path()));
    QSignalSpy accounts(&dialog, &Ui::NewTicketDialog::accountsLoaded);
    QVERIFY(accounts.wait(10000));
    dialog.accountBox()->setCurrentText(QStringLiteral("exampleuser"));
    QTRY_VERIFY(dialog.domainBox()->findText(QStringLiteral("example.org")) >= 0);
    QTRY_VERIFY(dialog.userLabel()->text().contains(u"user@example.com"));
    dialog.domainBox()->setCurrentText(QStringLiteral("example.org"));
    QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Mail quota"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("subjectCounter"))->text().startsWith(u"10/80"));
    dialog.editor()->setText(QStringLiteral("Please raise the mail quota."));
    dialog.send();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.errorBanner()->isVisibleTo(&dialog),
                             10000);
    QVERIFY(dialog.errorBanner()->message().contains(u"unread"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QVERIFY(openWindow(exampleTicketId));
    dialog.send();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.createdTicketId() > 0, 10000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Api::Ticket> created = fetchTicket(dialog.createdTicketId());
    QVERIFY(created);
    QCOMPARE(created->subject(), QStringLiteral("Mail quota"));
    QVERIFY(!Models::DraftStore(m_draftFolder.path())
                     .contains(Models::DraftStore::newTicketKey()));
}

void TestTicketWindow::ticketAuthChecksLogin()
{
    Ui::TicketAuthDialog dialog(m_client);
    QSignalSpy checked(&dialog, &Ui::TicketAuthDialog::checked);
    dialog.usernameEdit()->setText(QStringLiteral("exampleuser"));
    dialog.passwordEdit()->setText(QStringLiteral("example_password"));
    dialog.check();
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QVERIFY(checked.wait(10000));
    QVERIFY(checked.first().at(0).toBool());
    QVERIFY(dialog.resultLabel()->text().contains(u"Jane Doe"));

    dialog.passwordEdit()->setText(QStringLiteral("wrong"));
    dialog.check();
    QVERIFY(checked.wait(10000));
    QVERIFY(!checked.last().at(0).toBool());
    QVERIFY(dialog.resultLabel()->text().contains(u"exampleuser"));
}

void TestTicketWindow::ticketsTabFiltersAndOpens()
{
    Ui::MainWindow window(m_client);
    window.show();
    Ui::EntityTab *tab = window.tab(Models::Entity::Tickets);
    window.showEntity(Models::Entity::Tickets);
    auto *attachments = tab->findChild<QLineEdit *>(QStringLiteral("filter_attachment_count"));
    QVERIFY(attachments);
    attachments->setText(QStringLiteral("1"));
    QSignalSpy finished(tab->loader(), &Models::ListLoader::finished);
    tab->refresh();
    QVERIFY(finished.wait(10000));
    QVERIFY(tab->model()->rowCount() > 0);
    int exampleRow = -1;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QJsonObject item = tab->model()->item(row);
        QVERIFY(item.value(u"attachment_count").toVariant().toInt() >= 1);
        if (item.value(u"id").toVariant().toLongLong() == exampleTicketId)
            exampleRow = row;
    }
    QVERIFY(exampleRow >= 0);

    QTableView *view = tab->tableView();
    view->setFocus();
    view->setCurrentIndex(tab->proxyModel()->mapFromSource(tab->model()->index(exampleRow, 0)));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(window.findChild<Ui::TicketWindow *>());
    auto *ticketWindow = window.findChild<Ui::TicketWindow *>();
    QCOMPARE(ticketWindow->thread()->ticketId(), exampleTicketId);
    ticketWindow->setDraftStore(Models::DraftStore(m_draftFolder.path()));
}

void TestTicketWindow::datesInRequestedZone()
{
    // Asia/Tokyo has no daylight saving time, so the offset is +9 hours on every date.
    Api::ConnectionSettings settings = m_client->settings();
    settings.tz = QStringLiteral("Asia/Tokyo");
    Api::ApiClient tokyoClient(settings);
    auto window = openWindow(exampleTicketId, &tokyoClient);
    QVERIFY(window);
    const Api::TicketMessage first = window->thread()->ticket()->messages().first();
    const QDateTime posted = *first.dateTime(u"post_date", QTimeZone("Asia/Tokyo"));
    QCOMPARE(posted.toUTC().time(), QTime(8, 48, 49));
    const QString shown = QLocale().toString(posted, QLocale::ShortFormat);
    QVERIFY2(window->browser()->toPlainText().contains(shown), qPrintable(shown));
}

// Saves screenshots for docs/screenshots/ when RESELLERDESK_SCREENSHOT_DIR names a folder.
void TestTicketWindow::saveScreenshots()
{
    const QString folder = qEnvironmentVariable("RESELLERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("RESELLERDESK_SCREENSHOT_DIR is not set");
    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    window->resize(1200, 820);
    QTreeWidget *tree = window->attachmentPanel()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == u"steps.txt")
            tree->setCurrentItem(tree->topLevelItem(i));
    }
    QSignalSpy preview(window->attachmentPanel(), &Ui::AttachmentPanel::previewReady);
    window->attachmentPanel()->previewSelected();
    QVERIFY(preview.wait(10000));
    window->editor()->setText(QStringLiteral("Hello,\n\nthank you, the site works again. "
                                             "Details: https://example.org/status\n"));
    window->editor()->addAttachment({QStringLiteral("error-log.txt"),
                                     QStringLiteral("text/plain"), QByteArray(2048, 'x')});
    QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("ticket-window.png"))));
    window->editor()->clear();

    Ui::NewTicketDialog dialog(m_client);
    dialog.setDraftStore(Models::DraftStore(m_draftFolder.path()));
    QSignalSpy accounts(&dialog, &Ui::NewTicketDialog::accountsLoaded);
    QVERIFY(accounts.wait(10000));
    dialog.accountBox()->setCurrentText(QStringLiteral("exampleuser"));
    QTRY_VERIFY(dialog.domainBox()->count() > 0);
    QTRY_VERIFY(dialog.userLabel()->text().contains(u"@"));
    dialog.subjectEdit()->setText(QStringLiteral("SSL certificate for the shop"));
    dialog.editor()->setText(QStringLiteral("Please install the certificate on shop.example.org."));
    dialog.show();
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("new-ticket.png"))));
    Models::DraftStore(m_draftFolder.path()).remove(Models::DraftStore::newTicketKey());
}

QTEST_MAIN(TestTicketWindow)
#include "tst_ticketwindow.moc"
