// Ticket features around the thread window, on the offscreen platform against the sandbox
// over loopback HTTP. The cases cover signed uploads prepared off the UI thread, a draft
// restore with a missing attachment, the Tickets row refreshed in place, the canned reply
// editor, the folder for opened attachments and the closed-thread filter.

#include "ui/attachmentpanel.h"
#include "ui/cannedrepliesdialog.h"
#include "ui/entitytab.h"
#include "ui/filterfields.h"
#include "ui/mainwindow.h"
#include "ui/messageeditor.h"
#include "ui/ticketactions.h"
#include "ui/ticketwindow.h"

#include "api/apiclient.h"
#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "api/supportrecords.h"
#include "models/cannedreplies.h"
#include "models/draftstore.h"
#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/openedattachmentsfolder.h"
#include "models/ticketthread.h"
#include "sandbox/sandboxhost.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;

namespace {

// The reference's example ticket: answered by the operator, unread, and open to a reply.
constexpr qlonglong exampleTicketId = 935470;
const QString hmacSecret = QStringLiteral("tickets-test-secret");

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

// Receives the URLs that QDesktopServices::openUrl() would hand to the desktop.
class UrlReceiver : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestTicketTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void signedUploadRoundTrip();
    void abortWhilePreparing();
    void draftMissingAttachment();
    void ticketRowUpdatedInPlace();
    void cannedRepliesEditor();
    void cannedRepliesRejected();
    void openedFolderRemoved();
    void openWithDefaultApp();
    void closedThreadFilter();
    void saveScreenshots();

private:
    std::unique_ptr<Ui::TicketWindow> openWindow(qlonglong id);
    std::optional<Api::Ticket> fetchDetails(qlonglong id);
    QJsonValue call(Api::ApiReply *reply);

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    QTemporaryDir m_draftFolder;
};

void TestTicketTools::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_tickettools"));
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.hmacSecret = hmacSecret;
    // The operator never answers during the test, so a reply keeps the thread waiting.
    options.operatorReplyDelayMs = 600000;
    QString problem;
    QVERIFY2(m_sandbox->start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    settings.hmacSecret = hmacSecret;
    m_client = new Api::ApiClient(settings, this);
    QVERIFY(m_draftFolder.isValid());
}

void TestTicketTools::init()
{
    QSettings().remove(QStringLiteral("cannedReplies"));
}

QJsonValue TestTicketTools::call(Api::ApiReply *reply)
{
    std::unique_ptr<Api::ApiReply> owned(reply);
    QSignalSpy finished(reply, &Api::ApiReply::finished);
    if (!finished.wait(20000) || !reply->isOk()) {
        qWarning() << reply->command() << "failed:" << reply->error().userMessage();
        return QJsonValue::Undefined;
    }
    return reply->data();
}

std::optional<Api::Ticket> TestTicketTools::fetchDetails(qlonglong id)
{
    const QJsonValue data = call(Api::ApiCommands(m_client).ticketDetails(id));
    return Api::RecordParsing::parseRecord<Api::Ticket>(data, QStringLiteral("ticket"));
}

std::unique_ptr<Ui::TicketWindow> TestTicketTools::openWindow(qlonglong id)
{
    auto window = std::make_unique<Ui::TicketWindow>(m_client, id);
    window->setDraftStore(Models::DraftStore(m_draftFolder.path()));
    window->show();
    QSignalSpy loaded(window->thread(), &Models::TicketThread::loaded);
    if (!window->thread()->ticket() && !loaded.wait(10000))
        return nullptr;
    if (!QTest::qWaitFor([&window] { return !window->editor()->isRestoring(); }, 10000))
        return nullptr;
    return window;
}

// The request is built, base64-encoded and HMAC-signed on a worker thread. The sandbox checks
// the signature, and the stored files must decode to the bytes sent.
void TestTicketTools::signedUploadRoundTrip()
{
    const QByteArray first = randomBytes(2 * 1024 * 1024 + 7, 3);
    const QByteArray second = randomBytes(1000, 4);
    Api::TicketReplyRequest request;
    request.ticketId = exampleTicketId;
    request.question = QStringLiteral("Signed upload");
    request.attachments = {
            {QStringLiteral("first.bin"), QStringLiteral("application/octet-stream"), first},
            {QStringLiteral("second.bin"), QStringLiteral("application/octet-stream"), second},
    };
    QVERIFY(call(Api::ApiCommands(m_client).ticketReply(request)).isObject());

    const std::optional<Api::Ticket> ticket = fetchDetails(exampleTicketId);
    QVERIFY(ticket);
    QHash<QString, QByteArray> downloaded;
    for (const Api::TicketMessage &message : ticket->messages()) {
        if (message.question() != u"Signed upload")
            continue;
        for (const Api::TicketAttachmentInfo &info : message.questionAttachments()) {
            const QJsonValue data = call(Api::ApiCommands(m_client).ticketAttachment(
                    *info.id(), Api::AttachmentSide::Question));
            const auto attachment = Api::RecordParsing::parseRecord<Api::TicketAttachment>(data);
            QVERIFY(attachment);
            const std::optional<QByteArray> bytes = attachment->decodeData();
            QVERIFY(bytes);
            downloaded.insert(info.fileName(), *bytes);
        }
    }
    QCOMPARE(downloaded.size(), 2);
    QCOMPARE(downloaded.value(QStringLiteral("first.bin")), first);
    QCOMPARE(downloaded.value(QStringLiteral("second.bin")), second);
}

void TestTicketTools::abortWhilePreparing()
{
    Api::TicketReplyRequest request;
    request.ticketId = exampleTicketId;
    request.question = QStringLiteral("Aborted upload");
    request.attachments = {{QStringLiteral("big.bin"), QStringLiteral("application/octet-stream"),
                            QByteArray(8 * 1024 * 1024, 'a')}};
    std::unique_ptr<Api::ApiReply> reply(Api::ApiCommands(m_client).ticketReply(request));
    QSignalSpy finished(reply.get(), &Api::ApiReply::finished);
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, Api::ApiError::Kind::Aborted);
    // Let the worker finish and its result arrive: the reply must not send it.
    QThreadPool::globalInstance()->waitForDone(20000);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->attempts(), 1);
    const std::optional<Api::Ticket> ticket = fetchDetails(exampleTicketId);
    QVERIFY(ticket);
    for (const Api::TicketMessage &message : ticket->messages())
        QVERIFY(message.question() != u"Aborted upload");
}

void TestTicketTools::draftMissingAttachment()
{
    const Models::DraftStore store(m_draftFolder.path());
    const QString key = Models::DraftStore::replyKey(exampleTicketId);
    Models::Draft draft;
    draft.text = QStringLiteral("Text that must survive");
    QVERIFY(store.saveText(key, draft));
    QVERIFY(store.saveAttachments(
            key, {{QStringLiteral("kept.txt"), QStringLiteral("text/plain"), QByteArray("kept")},
                  {QStringLiteral("vanished.log"), QStringLiteral("text/plain"),
                   QByteArray("gone")}}));
    const QString storedCopy = key + QStringLiteral("/attachment-1.bin");
    QVERIFY(QFile::remove(QDir(store.folder()).filePath(storedCopy)));

    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    QCOMPARE(window->editor()->text(), draft.text);
    QCOMPARE(window->editor()->attachments().size(), 1);
    QCOMPARE(window->editor()->attachments().first().fileName, QStringLiteral("kept.txt"));
    QCOMPARE(window->editor()->attachments().first().data, QByteArray("kept"));
    QVERIFY2(window->editor()->attachmentError().contains(u"vanished.log"),
             qPrintable(window->editor()->attachmentError()));
    window->editor()->clear();
    window.reset();
    store.remove(key);
}

// Opening a thread marks it read and a reply changes its status. Both show in the Tickets
// tab without a reload.
void TestTicketTools::ticketRowUpdatedInPlace()
{
    // A sandbox of its own, because the other cases leave the example thread waiting for the
    // operator.
    Sandbox::SandboxHost sandbox;
    Sandbox::SandboxOptions options;
    options.operatorReplyDelayMs = 600000;
    QString problem;
    QVERIFY2(sandbox.start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = sandbox.url();
    settings.token = sandbox.token();
    Api::ApiClient client(settings);
    Ui::MainWindow window(&client);
    window.show();
    window.showEntity(Models::Entity::Tickets);
    Ui::EntityTab *tab = window.tab(Models::Entity::Tickets);
    QSignalSpy listed(tab->loader(), &Models::ListLoader::finished);
    tab->refresh();
    QVERIFY(listed.wait(10000));
    const QString id = QString::number(exampleTicketId);
    const int row = tab->model()->findRow(id);
    QVERIFY(row >= 0);
    const int rows = tab->model()->rowCount();

    auto *actions = window.findChild<Ui::TicketActions *>();
    QVERIFY(actions);
    QSignalSpy refreshed(actions, &Ui::TicketActions::rowRefreshed);
    QSignalSpy changed(tab->model(), &QAbstractItemModel::dataChanged);
    Ui::TicketWindow *ticketWindow = actions->openTicket(exampleTicketId);
    ticketWindow->setDraftStore(Models::DraftStore(m_draftFolder.path()));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tab->model()->findRow(id), row);
    QCOMPARE(tab->model()->rowCount(), rows);
    QCOMPARE(tab->model()->item(row).value(u"is_read").toVariant().toString(), QStringLiteral("1"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().row(), row);

    QTRY_VERIFY(ticketWindow->thread()->canSend() && !ticketWindow->editor()->isRestoring());
    refreshed.clear();
    ticketWindow->editor()->setText(QStringLiteral("Reply that changes the status"));
    QTest::keyClick(ticketWindow->editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
            tab->model()->item(row).value(u"status").toString() == u"active", 10000);
    ticketWindow->close();
}

void TestTicketTools::cannedRepliesEditor()
{
    Ui::CannedRepliesDialog dialog;
    const int starters = int(dialog.replies().size());
    QVERIFY(starters > 0);
    QCOMPARE(dialog.list()->count(), starters);

    dialog.addReply();
    dialog.titleEdit()->setText(QStringLiteral("Renewal"));
    dialog.shortcutEdit()->setText(QStringLiteral("/renew"));
    dialog.textEdit()->setPlainText(QStringLiteral("Hello {name}, {domain} is renewed."));
    QCOMPARE(dialog.list()->item(starters)->text(), QStringLiteral("Renewal (/renew)"));

    // Rename the first starter, move the new reply to the top and delete the last starter.
    dialog.list()->setCurrentRow(0);
    const QString renamed = QStringLiteral("Thank you");
    dialog.titleEdit()->setText(renamed);
    dialog.list()->setCurrentRow(starters);
    for (int i = 0; i < starters; ++i)
        dialog.moveCurrent(-1);
    QCOMPARE(dialog.list()->currentRow(), 0);
    QCOMPARE(dialog.replies().first().title, QStringLiteral("Renewal"));
    dialog.list()->setCurrentRow(starters);
    const QString deleted = dialog.replies().at(starters).title;
    dialog.deleteCurrent();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QList<Models::CannedReply> saved = Models::CannedReplies::load();
    QCOMPARE(saved.size(), starters);
    QCOMPARE(saved.first().title, QStringLiteral("Renewal"));
    QCOMPARE(saved.first().shortcut, QStringLiteral("/renew"));
    QCOMPARE(saved.at(1).title, renamed);
    for (const Models::CannedReply &reply : saved)
        QVERIFY(reply.title != deleted);

    // An open editor completes the new shortcut without being recreated.
    Ui::MessageEditor editor;
    editor.setPlaceholderValues({{QStringLiteral("name"), QStringLiteral("Jane")},
                                 {QStringLiteral("domain"), QStringLiteral("example.org")}});
    QTest::keyClicks(editor.textEdit(), QStringLiteral("/renew"));
    QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
    QCOMPARE(editor.text(), QStringLiteral("Hello Jane, example.org is renewed."));

    // An empty library stays empty instead of coming back as the starters.
    Ui::CannedRepliesDialog emptying;
    while (emptying.list()->count() > 0) {
        emptying.list()->setCurrentRow(0);
        emptying.deleteCurrent();
    }
    emptying.accept();
    QCOMPARE(Models::CannedReplies::load().size(), 0);
}

void TestTicketTools::cannedRepliesRejected()
{
    Ui::CannedRepliesDialog dialog;
    dialog.addReply();
    dialog.shortcutEdit()->setText(dialog.replies().first().shortcut);
    dialog.textEdit()->setPlainText(QStringLiteral("Duplicate"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorMessage().contains(dialog.replies().first().shortcut),
             qPrintable(dialog.errorMessage()));
    QCOMPARE(dialog.list()->currentRow(), int(dialog.replies().size() - 1));

    dialog.shortcutEdit()->setText(QStringLiteral("/two words"));
    dialog.accept();
    QVERIFY(dialog.errorMessage().contains(u"space"));
    dialog.shortcutEdit()->setText(QStringLiteral("/dup"));
    dialog.textEdit()->setPlainText(QString());
    dialog.accept();
    QVERIFY(dialog.errorMessage().contains(u"no text"));
    QVERIFY(!QSettings().contains(QStringLiteral("cannedReplies/size")));

    const QList<Models::CannedReply> untitled = {
            {QStringLiteral(" "), QString(), QStringLiteral("x")}};
    int invalid = -1;
    QVERIFY(Models::CannedReplies::validate(untitled, &invalid).contains(u"no title"));
    QCOMPARE(invalid, 0);
}

void TestTicketTools::openedFolderRemoved()
{
    Models::OpenedAttachmentsFolder *folder = Models::OpenedAttachmentsFolder::instance();
    QVERIFY(folder->isValid());
    QCOMPARE(folder->parent(), QCoreApplication::instance());
    QCOMPARE(Models::OpenedAttachmentsFolder::instance(), folder);
    const QString path = folder->path();
    QFile copy(QDir(path).filePath(QStringLiteral("opened.txt")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write("x");
    copy.close();

    // Destroying the application object deletes its children, which is what happens at exit.
    delete folder;
    QVERIFY(!QFileInfo::exists(path));
    Models::OpenedAttachmentsFolder *next = Models::OpenedAttachmentsFolder::instance();
    QVERIFY(next->path() != path);
    QVERIFY(QFileInfo(next->path()).isDir());
}

void TestTicketTools::openWithDefaultApp()
{
    UrlReceiver receiver;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &receiver, "open");
    auto window = openWindow(exampleTicketId);
    QVERIFY(window);
    QTreeWidget *tree = window->attachmentPanel()->tree();
    QTreeWidgetItem *steps = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == u"steps.txt")
            steps = tree->topLevelItem(i);
    }
    QVERIFY(steps);
    tree->setCurrentItem(steps);
    window->attachmentPanel()->openSelected();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.urls.size(), 1, 10000);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    const QString opened = receiver.urls.first().toLocalFile();
    QCOMPARE(QFileInfo(opened).absolutePath(),
             QFileInfo(Models::OpenedAttachmentsFolder::instance()->path()).absoluteFilePath());
    QCOMPARE(QFileInfo(opened).fileName(), QStringLiteral("steps.txt"));
    QFile file(opened);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().isEmpty());
}

// The reference lists no "closed" status, so closed threads are chosen by sort_status.
void TestTicketTools::closedThreadFilter()
{
    const QList<Ui::FilterField> fields = Ui::filterFields(Models::Entity::Tickets);
    const auto field = std::find_if(fields.cbegin(), fields.cend(), [](const Ui::FilterField &f) {
        return f.property == u"sort_status";
    });
    QVERIFY(field != fields.cend());
    QVERIFY(field->choices.contains(u"closed_ticket"));

    for (const QString &value : {QStringLiteral("closed_ticket"), QStringLiteral("open_ticket")}) {
        Api::ListQuery query;
        query.addFilter(QStringLiteral("sort_status"), Api::FilterCondition::Equal, value);
        const QJsonValue data = call(Api::ApiCommands(m_client).ticketList(query));
        const auto page = Api::RecordParsing::parsePage<Api::Ticket>(data);
        QVERIFY(page);
        QVERIFY2(!page->items.isEmpty(), qPrintable(value));
        for (const Api::Ticket &ticket : page->items)
            QCOMPARE(ticket.text(u"sort_status"), value);
    }
}

// Saves screenshots for docs/screenshots/ when RESELLERDESK_SCREENSHOT_DIR names a folder.
void TestTicketTools::saveScreenshots()
{
    const QString folder = qEnvironmentVariable("RESELLERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("RESELLERDESK_SCREENSHOT_DIR is not set");
    Ui::CannedRepliesDialog dialog;
    dialog.addReply();
    dialog.titleEdit()->setText(QStringLiteral("Renewal reminder"));
    dialog.shortcutEdit()->setText(QStringLiteral("/renew"));
    dialog.textEdit()->setPlainText(QStringLiteral(
            "Hello {name},\n\nthe hosting of {domain} was renewed for another year. The "
            "invoice is in the Client Account Panel.\n\nRegards"));
    dialog.show();
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("canned-replies.png"))));
}

QTEST_MAIN(TestTicketTools)
#include "tst_tickettools.moc"
