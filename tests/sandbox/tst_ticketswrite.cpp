// ticket-post, ticket-reply, ticket-attachment and the support account commands over real
// loopback HTTP, with every rule the reference states for them.
#include "sandboxtestclient.h"

#include "sandbox/sandboxhost.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace ResellerDesk::Sandbox;

namespace {

const QString Token = QStringLiteral("tickets-token");
const QString StoreToken = QStringLiteral("tickets-store-token");
const QString PixelPng = QStringLiteral(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

QString firstCode(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("code")].toString();
}

QJsonObject firstParams(const QJsonObject &envelope)
{
    return envelope[QStringLiteral("messages")][0][QStringLiteral("params")].toObject();
}

QJsonObject attachment(const QString &file, const QString &data)
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("type"), QStringLiteral("image/png")},
            {QStringLiteral("data_file"), data}};
}

} // namespace

class TestTicketsWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeTokenRejected_data();
    void storeTokenRejected();
    void postNeedsReadThreads();
    void postUserAndUsername();
    void postRequiredFields();
    void postDomainChecked();
    void subjectLength();
    void questionLength();
    void attachmentCount();
    void attachmentSize();
    void attachmentBase64();
    void attachmentNameAndType();
    void attachmentRoundTrip();
    void attachmentFormBody();
    void demoAttachments();
    void attachmentRejections();
    void replyNeedsOperatorAnswer();
    void replyRoundTrip();
    void replyRejections();
    void operatorAnswers();
    void accountCommands();
    void userAndAuth();

private:
    QJsonObject call(const QString &command, QJsonObject payload,
                     const QString &token = Token);
    QJsonObject post(const QJsonObject &ticket);
    QJsonObject ticket(const QString &id);

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestTicketsWrite::initTestCase()
{
    SandboxOptions options;
    options.token = Token;
    options.storeTokens.insert(QStringLiteral("6"), StoreToken);
    // The operator never answers during these cases, so that no thread turns unread while
    // they run. operatorAnswers() uses a sandbox of its own with a short delay.
    options.operatorReplyDelayMs = 3600 * 1000;
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_host.url());
}

QJsonObject TestTicketsWrite::call(const QString &command, QJsonObject payload,
                                   const QString &token)
{
    payload.insert(QStringLiteral("auth_token"), token);
    return m_client->postJson(command, payload);
}

QJsonObject TestTicketsWrite::post(const QJsonObject &ticket)
{
    return call(QStringLiteral("ticket-post"), {{QStringLiteral("ticket"), ticket}});
}

QJsonObject TestTicketsWrite::ticket(const QString &id)
{
    return call(QStringLiteral("ticket-details"), {{QStringLiteral("id"), id}})
        [QStringLiteral("data")][QStringLiteral("ticket")]
            .toObject();
}

void TestTicketsWrite::storeTokenRejected_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"ticket-list", "ticket-details", "ticket-post", "ticket-reply",
                                "ticket-attachment", "ticket-account-list",
                                "ticket-account-domains", "ticket-user", "ticket-auth",
                                "video-list-locations", "video-create-room"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestTicketsWrite::storeTokenRejected()
{
    QFETCH(QString, command);
    const QJsonObject reply = call(command, {{QStringLiteral("id"), QStringLiteral("935470")}},
                                   StoreToken);
    QCOMPARE(reply[QStringLiteral("status")].toBool(true), false);
    QCOMPARE(firstCode(reply), QStringLiteral("unauthorized"));
}

void TestTicketsWrite::postNeedsReadThreads()
{
    const QJsonObject request{{QStringLiteral("domain"), QStringLiteral("example.org")},
                              {QStringLiteral("subject"), QStringLiteral("Mail for Mac")},
                              {QStringLiteral("question"), QStringLiteral("How do I set it up?")},
                              {QStringLiteral("username"), QStringLiteral("exampleuser")}};
    // The demo ticket 935470 of exampleuser has an unread operator answer.
    const QJsonObject rejected = post(request);
    QCOMPARE(firstCode(rejected), QStringLiteral("invalid:ticket.user"));
    QVERIFY(firstParams(rejected)[QStringLiteral("ticket_ids")].toArray().contains(
        QJsonValue(QStringLiteral("935470"))));

    QCOMPARE(ticket(QStringLiteral("935470"))[QStringLiteral("is_read")].toString(),
             QStringLiteral("1"));
    const QJsonObject accepted = post(request);
    QVERIFY2(accepted[QStringLiteral("status")].toBool(), qPrintable(firstCode(accepted)));
    // The new id is a number, as in the reference's example.
    QVERIFY(accepted[QStringLiteral("data")][QStringLiteral("id")].isDouble());
    const QString id = QString::number(accepted[QStringLiteral("data")][QStringLiteral("id")].toInteger());
    const QJsonObject created = ticket(id);
    QCOMPARE(created[QStringLiteral("username")].toString(), QStringLiteral("exampleuser"));
    QCOMPARE(created[QStringLiteral("status")].toString(), QStringLiteral("active"));
    QCOMPARE(created[QStringLiteral("fromsite")].toString(), QStringLiteral("api"));
    QCOMPARE(created[QStringLiteral("can_reply")].toBool(true), false);
    const QJsonArray messages = created[QStringLiteral("messages")].toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0][QStringLiteral("question")].toString(),
             QStringLiteral("How do I set it up?"));
    QCOMPARE(messages[0][QStringLiteral("name")].toString(), QStringLiteral("Jane Doe"));
}

void TestTicketsWrite::postUserAndUsername()
{
    const QJsonObject viaUser = post({{QStringLiteral("domain"), QStringLiteral("example.org")},
                                      {QStringLiteral("subject"), QStringLiteral("Via user")},
                                      {QStringLiteral("question"), QStringLiteral("Question")},
                                      {QStringLiteral("user"), QStringLiteral("examplesupportuser")}});
    QVERIFY2(viaUser[QStringLiteral("status")].toBool(), qPrintable(firstCode(viaUser)));
    const QString id = QString::number(viaUser[QStringLiteral("data")][QStringLiteral("id")].toInteger());
    QCOMPARE(ticket(id)[QStringLiteral("username")].toString(),
             QStringLiteral("examplesupportuser"));

    // An empty name picks the support account linked to the reseller Account Panel.
    const QJsonObject viaDefault = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                         {QStringLiteral("subject"), QStringLiteral("Default")},
                                         {QStringLiteral("question"), QStringLiteral("Question")},
                                         {QStringLiteral("username"), QString()}});
    QVERIFY2(viaDefault[QStringLiteral("status")].toBool(), qPrintable(firstCode(viaDefault)));
    const QString defaultId =
        QString::number(viaDefault[QStringLiteral("data")][QStringLiteral("id")].toInteger());
    QCOMPARE(ticket(defaultId)[QStringLiteral("username")].toString(),
             QStringLiteral("exampleusername"));

    const QJsonObject unknown = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                      {QStringLiteral("subject"), QStringLiteral("Unknown")},
                                      {QStringLiteral("question"), QStringLiteral("Question")},
                                      {QStringLiteral("user"), QStringLiteral("nosuchuser")}});
    QCOMPARE(firstCode(unknown), QStringLiteral("not_found:ticket.user"));
}

void TestTicketsWrite::postRequiredFields()
{
    QCOMPARE(firstCode(post({{QStringLiteral("subject"), QStringLiteral("S")},
                             {QStringLiteral("question"), QStringLiteral("Q")}})),
             QStringLiteral("required:ticket.domain"));
    QCOMPARE(firstCode(post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                             {QStringLiteral("question"), QStringLiteral("Q")}})),
             QStringLiteral("required:ticket.subject"));
    QCOMPARE(firstCode(post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                             {QStringLiteral("subject"), QStringLiteral("S")},
                             {QStringLiteral("question"), QStringLiteral("   ")}})),
             QStringLiteral("required:ticket.question"));
    // Parameters at the top level, as the reference's table lists them, name no "ticket.".
    QCOMPARE(firstCode(call(QStringLiteral("ticket-post"),
                            {{QStringLiteral("domain"), QStringLiteral("example.com")},
                             {QStringLiteral("question"), QStringLiteral("Q")}})),
             QStringLiteral("required:subject"));
}

void TestTicketsWrite::postDomainChecked()
{
    const QJsonObject reply = post({{QStringLiteral("domain"), QStringLiteral("other.example")},
                                    {QStringLiteral("subject"), QStringLiteral("S")},
                                    {QStringLiteral("question"), QStringLiteral("Q")}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:ticket.domain"));
    QCOMPARE(firstParams(reply)[QStringLiteral("value")].toString(),
             QStringLiteral("other.example"));
}

void TestTicketsWrite::subjectLength()
{
    QJsonObject request{{QStringLiteral("domain"), QStringLiteral("general.support.enq")},
                        {QStringLiteral("subject"), QString(81, u'a')},
                        {QStringLiteral("question"), QStringLiteral("Q")},
                        {QStringLiteral("user"), QStringLiteral("examplesupportuser")}};
    const QJsonObject rejected = post(request);
    QCOMPARE(firstCode(rejected), QStringLiteral("invalid:ticket.subject"));
    QCOMPARE(firstParams(rejected)[QStringLiteral("max_length")].toInt(), 80);
    request.insert(QStringLiteral("subject"), QString(80, u'a'));
    QVERIFY(post(request)[QStringLiteral("status")].toBool());
    // Characters are code points: 80 emoji are 160 UTF-16 units and still fit.
    QString emoji;
    for (int i = 0; i < 80; ++i)
        emoji += QStringLiteral("\U0001F600");
    request.insert(QStringLiteral("subject"), emoji);
    const QJsonObject wide = post(request);
    QVERIFY2(wide[QStringLiteral("status")].toBool(), qPrintable(firstCode(wide)));
}

void TestTicketsWrite::questionLength()
{
    const QJsonObject reply = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                    {QStringLiteral("subject"), QStringLiteral("Long")},
                                    {QStringLiteral("question"), QString(1024001, u'q')}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:ticket.question"));
    QCOMPARE(firstParams(reply)[QStringLiteral("max_length")].toInt(), 1024000);
}

void TestTicketsWrite::attachmentCount()
{
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(attachment(QStringLiteral("pixel%1.png").arg(i), PixelPng));
    const QJsonObject reply = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                    {QStringLiteral("subject"), QStringLiteral("Four files")},
                                    {QStringLiteral("question"), QStringLiteral("Q")},
                                    {QStringLiteral("attachments"), four}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:ticket.attachments"));
    QCOMPARE(firstParams(reply)[QStringLiteral("max_count")].toInt(), 3);

    const QJsonObject notArray = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                       {QStringLiteral("subject"), QStringLiteral("Text")},
                                       {QStringLiteral("question"), QStringLiteral("Q")},
                                       {QStringLiteral("attachments"), QStringLiteral("file.png")}});
    QCOMPARE(firstCode(notArray), QStringLiteral("invalid:ticket.attachments"));
}

void TestTicketsWrite::attachmentSize()
{
    const QByteArray tooLarge(20 * 1024 * 1024 + 1, 'x');
    const QJsonObject reply = post(
        {{QStringLiteral("domain"), QStringLiteral("example.com")},
         {QStringLiteral("subject"), QStringLiteral("Large file")},
         {QStringLiteral("question"), QStringLiteral("Q")},
         {QStringLiteral("attachments"),
          QJsonArray{attachment(QStringLiteral("large.bin"),
                                QString::fromLatin1(tooLarge.toBase64()))}}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:ticket.attachments.data_file"));
    QCOMPARE(firstParams(reply)[QStringLiteral("item_index")].toInt(-1), 0);
    QCOMPARE(firstParams(reply)[QStringLiteral("size")].toInteger(), 20 * 1024 * 1024 + 1);
}

void TestTicketsWrite::attachmentBase64()
{
    const QJsonObject reply = post(
        {{QStringLiteral("domain"), QStringLiteral("example.com")},
         {QStringLiteral("subject"), QStringLiteral("Bad base64")},
         {QStringLiteral("question"), QStringLiteral("Q")},
         {QStringLiteral("attachments"),
          QJsonArray{attachment(QStringLiteral("good.png"), PixelPng),
                     attachment(QStringLiteral("bad.png"), QStringLiteral("not*base64!"))}}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:ticket.attachments.data_file"));
    QCOMPARE(firstParams(reply)[QStringLiteral("item_index")].toInt(-1), 1);
}

void TestTicketsWrite::attachmentNameAndType()
{
    const auto postWith = [this](const QJsonObject &file) {
        return post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                     {QStringLiteral("subject"), QStringLiteral("Names")},
                     {QStringLiteral("question"), QStringLiteral("Q")},
                     {QStringLiteral("attachments"), QJsonArray{file}}});
    };
    QJsonObject file = attachment(QString(256, u'f'), PixelPng);
    QCOMPARE(firstCode(postWith(file)), QStringLiteral("invalid:ticket.attachments.file"));
    file = attachment(QStringLiteral("pixel.png"), PixelPng);
    file.insert(QStringLiteral("type"), QString(129, u't'));
    QCOMPARE(firstCode(postWith(file)), QStringLiteral("invalid:ticket.attachments.type"));
    file.remove(QStringLiteral("type"));
    QCOMPARE(firstCode(postWith(file)), QStringLiteral("required:ticket.attachments.type"));
    QCOMPARE(firstCode(postWith(attachment(QString(), PixelPng))),
             QStringLiteral("required:ticket.attachments.file"));
}

void TestTicketsWrite::attachmentRoundTrip()
{
    // The largest accepted name and type lengths, and base64 wrapped over lines.
    const QString name = QString(251, u'n') + QStringLiteral(".png");
    QJsonObject file = attachment(name, PixelPng.left(40) + u'\n' + PixelPng.mid(40));
    file.insert(QStringLiteral("type"), QString(128, u't'));
    const QJsonObject reply = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                    {QStringLiteral("subject"), QStringLiteral("Screenshot")},
                                    {QStringLiteral("question"), QStringLiteral("See the file")},
                                    {QStringLiteral("attachments"), QJsonArray{file}}});
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QString id = QString::number(reply[QStringLiteral("data")][QStringLiteral("id")].toInteger());
    const QJsonObject created = ticket(id);
    QCOMPARE(created[QStringLiteral("attachment_count")].toString(), QStringLiteral("1"));
    const QJsonObject stored =
        created[QStringLiteral("messages")][0][QStringLiteral("question_attachment")][0].toObject();
    QCOMPARE(stored[QStringLiteral("file")].toString(), name);
    QCOMPARE(stored[QStringLiteral("size")].toString(),
             QString::number(QByteArray::fromBase64(PixelPng.toLatin1()).size()));
    QCOMPARE(stored[QStringLiteral("is_deleted")].toBool(true), false);

    const QJsonObject download = call(QStringLiteral("ticket-attachment"),
                                      {{QStringLiteral("attachment_id"), stored[QStringLiteral("id")]},
                                       {QStringLiteral("type"), QStringLiteral("question")}});
    QCOMPARE(download[QStringLiteral("data")][QStringLiteral("data_file")].toString(), PixelPng);
    QCOMPARE(download[QStringLiteral("data")][QStringLiteral("ticket_id")].toString(), id);
}

void TestTicketsWrite::attachmentFormBody()
{
    // A form body gives attachments as an object with the keys "0", "1", ...
    const QByteArray body =
        "ticket%5Bdomain%5D=example.com&ticket%5Bsubject%5D=Form&ticket%5Bquestion%5D=Q"
        "&ticket%5Battachments%5D%5B0%5D%5Bfile%5D=a.png"
        "&ticket%5Battachments%5D%5B0%5D%5Btype%5D=image%2Fpng"
        "&ticket%5Battachments%5D%5B0%5D%5Bdata_file%5D="
        + QUrl::toPercentEncoding(PixelPng) + "&auth_token=" + Token.toLatin1();
    const QJsonObject reply = m_client->postRaw(QStringLiteral("ticket-post"), body,
                                                QByteArrayLiteral("application/x-www-form-urlencoded"));
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    const QString id = QString::number(reply[QStringLiteral("data")][QStringLiteral("id")].toInteger());
    QCOMPARE(ticket(id)[QStringLiteral("attachment_count")].toString(), QStringLiteral("1"));
}

void TestTicketsWrite::demoAttachments()
{
    const QJsonObject message = ticket(QStringLiteral("935470"))[QStringLiteral("messages")][0].toObject();
    const QJsonArray questions = message[QStringLiteral("question_attachment")].toArray();
    const QJsonArray answers = message[QStringLiteral("answer_attachment")].toArray();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0][QStringLiteral("is_deleted")].toBool(false), true);

    const QJsonObject image = call(QStringLiteral("ticket-attachment"),
                                   {{QStringLiteral("attachment_id"), QStringLiteral("27878")},
                                    {QStringLiteral("type"), QStringLiteral("question")}});
    const QJsonObject data = image[QStringLiteral("data")].toObject();
    QCOMPARE(data.keys(), (QStringList{"data_file", "file", "id", "mid", "path", "size", "ticket_id",
                                       "type"}));
    QCOMPARE(data[QStringLiteral("type")].toString(), QStringLiteral("image/png"));
    QVERIFY(QByteArray::fromBase64(data[QStringLiteral("data_file")].toString().toLatin1())
                .startsWith("\x89PNG"));
    const QJsonObject text = call(QStringLiteral("ticket-attachment"),
                                  {{QStringLiteral("attachment_id"), QStringLiteral("1397")},
                                   {QStringLiteral("type"), QStringLiteral("answer")}});
    QVERIFY(QByteArray::fromBase64(
                text[QStringLiteral("data")][QStringLiteral("data_file")].toString().toLatin1())
                .startsWith("1. Open"));
    // A deleted attachment keeps its details but has no data.
    const QJsonObject deleted = call(QStringLiteral("ticket-attachment"),
                                     {{QStringLiteral("attachment_id"), QStringLiteral("1396")},
                                      {QStringLiteral("type"), QStringLiteral("answer")}});
    QCOMPARE(deleted[QStringLiteral("data")][QStringLiteral("file")].toString(),
             QStringLiteral("christmas.jpg"));
    QCOMPARE(deleted[QStringLiteral("data")][QStringLiteral("data_file")].toString(), QString());
}

void TestTicketsWrite::attachmentRejections()
{
    const auto download = [this](const QJsonObject &payload) {
        return firstCode(call(QStringLiteral("ticket-attachment"), payload));
    };
    QCOMPARE(download({{QStringLiteral("type"), QStringLiteral("question")}}),
             QStringLiteral("required:attachment_id"));
    QCOMPARE(download({{QStringLiteral("attachment_id"), QStringLiteral("27878")}}),
             QStringLiteral("required:type"));
    QCOMPARE(download({{QStringLiteral("attachment_id"), QStringLiteral("27878")},
                       {QStringLiteral("type"), QStringLiteral("both")}}),
             QStringLiteral("invalid:type"));
    // Question and answer attachments have separate ids.
    QCOMPARE(download({{QStringLiteral("attachment_id"), QStringLiteral("27878")},
                       {QStringLiteral("type"), QStringLiteral("answer")}}),
             QStringLiteral("not_found:attachment_id"));
    QCOMPARE(download({{QStringLiteral("attachment_id"), QStringLiteral("abc")},
                       {QStringLiteral("type"), QStringLiteral("answer")}}),
             QStringLiteral("invalid:attachment_id"));
}

void TestTicketsWrite::replyNeedsOperatorAnswer()
{
    const QJsonObject created = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                      {QStringLiteral("subject"), QStringLiteral("Waiting")},
                                      {QStringLiteral("question"), QStringLiteral("Q")}});
    const QJsonValue id = created[QStringLiteral("data")][QStringLiteral("id")];
    const QJsonObject reply = call(QStringLiteral("ticket-reply"),
                                   {{QStringLiteral("ticket"),
                                     QJsonObject{{QStringLiteral("id"), id},
                                                 {QStringLiteral("question"),
                                                  QStringLiteral("Any news?")}}}});
    QCOMPARE(firstCode(reply), QStringLiteral("invalid:ticket.id"));
}

void TestTicketsWrite::replyRoundTrip()
{
    const QJsonObject reply = call(
        QStringLiteral("ticket-reply"),
        {{QStringLiteral("ticket"),
          QJsonObject{{QStringLiteral("id"), QStringLiteral("935470")},
                      {QStringLiteral("question"), QStringLiteral("Thanks, one more thing")},
                      {QStringLiteral("attachments"),
                       QJsonArray{attachment(QStringLiteral("pixel.gif"), PixelPng)}}}}});
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
    QVERIFY(reply[QStringLiteral("data")][QStringLiteral("id")].isDouble());

    const QJsonObject thread = ticket(QStringLiteral("935470"));
    const QJsonArray messages = thread[QStringLiteral("messages")].toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0][QStringLiteral("is_last")].toString(), QStringLiteral("0"));
    QCOMPARE(messages[1][QStringLiteral("is_last")].toString(), QStringLiteral("1"));
    QCOMPARE(messages[1][QStringLiteral("answer")].toString(), QString());
    QCOMPARE(messages[1][QStringLiteral("question_attachment")].toArray().size(), 1);
    QCOMPARE(thread[QStringLiteral("status")].toString(), QStringLiteral("active"));
    QCOMPARE(thread[QStringLiteral("can_reply")].toBool(true), false);
}

void TestTicketsWrite::replyRejections()
{
    const auto reply = [this](const QJsonObject &payload) {
        return firstCode(call(QStringLiteral("ticket-reply"), payload));
    };
    // Top-level parameters, as the reference's table lists them.
    QCOMPARE(reply({{QStringLiteral("question"), QStringLiteral("Q")}}), QStringLiteral("required:id"));
    QCOMPARE(reply({{QStringLiteral("id"), QStringLiteral("999999999")},
                    {QStringLiteral("question"), QStringLiteral("Q")}}),
             QStringLiteral("not_found:id"));
    QCOMPARE(reply({{QStringLiteral("id"), QStringLiteral("x1")},
                    {QStringLiteral("question"), QStringLiteral("Q")}}),
             QStringLiteral("invalid:id"));
    QCOMPARE(reply({{QStringLiteral("id"), QStringLiteral("940001")}}),
             QStringLiteral("required:question"));
    QCOMPARE(reply({{QStringLiteral("id"), QStringLiteral("940001")},
                    {QStringLiteral("question"), QString(1024001, u'q')}}),
             QStringLiteral("invalid:question"));
}

void TestTicketsWrite::operatorAnswers()
{
    SandboxOptions options;
    options.token = Token;
    options.operatorReplyDelayMs = 200;
    SandboxHost host;
    QString error;
    QVERIFY2(host.start(options, &error), qPrintable(error));
    SandboxTestClient client(host.url());
    const auto call = [&client](const QString &command, QJsonObject payload) {
        payload.insert(QStringLiteral("auth_token"), Token);
        return client.postJson(command, payload);
    };
    const auto post = [&call](const QJsonObject &ticket) {
        return call(QStringLiteral("ticket-post"), {{QStringLiteral("ticket"), ticket}});
    };
    const auto ticket = [&call](const QString &id) {
        return call(QStringLiteral("ticket-details"), {{QStringLiteral("id"), id}})
            [QStringLiteral("data")][QStringLiteral("ticket")]
                .toObject();
    };

    const QJsonObject created = post({{QStringLiteral("domain"), QStringLiteral("example.com")},
                                      {QStringLiteral("subject"), QStringLiteral("Operator")},
                                      {QStringLiteral("question"), QStringLiteral("Hello?")}});
    QVERIFY2(created[QStringLiteral("status")].toBool(), qPrintable(firstCode(created)));
    const QString id = QString::number(created[QStringLiteral("data")][QStringLiteral("id")].toInteger());
    QCOMPARE(ticket(id)[QStringLiteral("status")].toString(), QStringLiteral("active"));

    // ticket-list shows the answer as unread, because listing does not open the thread.
    const auto listed = [&call, &id] {
        return call(QStringLiteral("ticket-list"),
                    {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("id"), id}}}})
            [QStringLiteral("data")][QStringLiteral("data")][0]
                .toObject();
    };
    QTRY_COMPARE_WITH_TIMEOUT(listed()[QStringLiteral("status")].toString(),
                              QStringLiteral("answered"), 10000);
    QCOMPARE(listed()[QStringLiteral("is_read")].toString(), QStringLiteral("0"));
    const QJsonObject answered = ticket(id);
    QCOMPARE(answered[QStringLiteral("can_reply")].toBool(false), true);
    QCOMPARE(answered[QStringLiteral("operator")].toString(), QStringLiteral("Support123"));
    QVERIFY(!answered[QStringLiteral("response_date")].toString().isEmpty());
    QVERIFY(!answered[QStringLiteral("messages")][0][QStringLiteral("answer")].toString().isEmpty());
    const QJsonObject reply = call(QStringLiteral("ticket-reply"),
                                   {{QStringLiteral("id"), id},
                                    {QStringLiteral("question"), QStringLiteral("Thank you")}});
    QVERIFY2(reply[QStringLiteral("status")].toBool(), qPrintable(firstCode(reply)));
}

void TestTicketsWrite::accountCommands()
{
    const QJsonArray accounts = call(QStringLiteral("ticket-account-list"), {})
                                    [QStringLiteral("data")].toArray();
    QVERIFY(accounts.contains(QJsonValue(QStringLiteral("exampleusername"))));
    QVERIFY(accounts.contains(QJsonValue(QStringLiteral("exampleuser"))));

    const QJsonArray defaults = call(QStringLiteral("ticket-account-domains"), {})
                                    [QStringLiteral("data")].toArray();
    QVERIFY(defaults.contains(QJsonValue(QStringLiteral("example.com"))));
    QCOMPARE(defaults.last().toString(), QStringLiteral("general.support.enq"));
    const QJsonArray ofUser = call(QStringLiteral("ticket-account-domains"),
                                   {{QStringLiteral("username"), QStringLiteral("exampleuser")}})
                                  [QStringLiteral("data")].toArray();
    QCOMPARE(ofUser, (QJsonArray{QStringLiteral("example.org"),
                                 QStringLiteral("general.support.enq")}));
    QCOMPARE(firstCode(call(QStringLiteral("ticket-account-domains"),
                            {{QStringLiteral("username"), QStringLiteral("nosuchuser")}})),
             QStringLiteral("not_found:username"));
}

void TestTicketsWrite::userAndAuth()
{
    const QJsonObject user = call(QStringLiteral("ticket-user"),
                                  {{QStringLiteral("username"), QStringLiteral("exampleuser")}});
    QCOMPARE(user[QStringLiteral("data")][QStringLiteral("user")].toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("Jane Doe")},
                          {QStringLiteral("email"), QStringLiteral("user@example.com")},
                          {QStringLiteral("username"), QStringLiteral("exampleuser")}}));
    QCOMPARE(firstCode(call(QStringLiteral("ticket-user"), {})), QStringLiteral("required:username"));

    const QJsonObject good = call(QStringLiteral("ticket-auth"),
                                  {{QStringLiteral("username"), QStringLiteral("exampleuser")},
                                   {QStringLiteral("password"), QStringLiteral("example_password")}});
    QCOMPARE(good[QStringLiteral("data")][QStringLiteral("auth")].toBool(false), true);
    QCOMPARE(good[QStringLiteral("data")][QStringLiteral("user")][QStringLiteral("name")].toString(),
             QStringLiteral("Jane Doe"));
    const QJsonObject bad = call(QStringLiteral("ticket-auth"),
                                 {{QStringLiteral("username"), QStringLiteral("exampleuser")},
                                  {QStringLiteral("password"), QStringLiteral("wrong")}});
    QCOMPARE(bad[QStringLiteral("status")].toBool(false), true);
    QCOMPARE(bad[QStringLiteral("data")][QStringLiteral("auth")].toBool(true), false);
    QVERIFY(!bad[QStringLiteral("data")].toObject().contains(QStringLiteral("user")));
    const QJsonObject unknown = call(QStringLiteral("ticket-auth"),
                                     {{QStringLiteral("username"), QStringLiteral("nosuchuser")},
                                      {QStringLiteral("password"), QStringLiteral("example_password")}});
    QCOMPARE(unknown[QStringLiteral("data")][QStringLiteral("auth")].toBool(true), false);
    QCOMPARE(firstCode(call(QStringLiteral("ticket-auth"),
                            {{QStringLiteral("username"), QStringLiteral("exampleuser")}})),
             QStringLiteral("required:password"));
}

QTEST_GUILESS_MAIN(TestTicketsWrite)
#include "tst_ticketswrite.moc"
